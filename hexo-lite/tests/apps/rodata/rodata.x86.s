	.file	"rodata.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/rodata" "rodata.c"
	.globl	labels
	.section	.rodata
	.section	.rodata.hexolit.586b88f1c2e77d81.0,"a"
.LC0:
	.string	"alpha"
	.section	.rodata
	.section	.rodata.hexolit.0bd30750e8d85453.0,"a"
.LC1:
	.string	"bb"
	.section	.rodata
	.section	.rodata.hexolit.274dcfe3507d4a5c.0,"a"
.LC2:
	.string	"gamma-ray"
	.section	.rodata
	.section	.rodata.hexolit.f62075ae5b6b9e4f.0,"a"
.LC3:
	.string	"d"
	.section	.rodata
	.section	.rodata.hexolit.a34225eb7f0ca9ed.0,"a"
.LC4:
	.string	"epsilon"
	.section	.rodata
	.section	.rodata.hexolit.4b2f58369bcc2c3a.0,"a"
.LC5:
	.string	"zeta function"
	.section	.rodata
	.section	.data.rel.local.labels,"aw"
	.align 32
	.type	labels, @object
	.size	labels, 48
labels:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.section	.rodata
	.section	.rodata.hexolit.67d8a81cd7e79f0a.0,"a"
.LC6:
	.string	"if"
	.section	.rodata
	.section	.rodata.hexolit.3be57ac49c5cd403.0,"a"
.LC7:
	.string	"KW_IF"
	.section	.rodata
	.section	.rodata.hexolit.a722d196648c92ab.0,"a"
.LC8:
	.string	"while"
	.section	.rodata
	.section	.rodata.hexolit.59118087c140d2b4.0,"a"
.LC9:
	.string	"KW_WHILE"
	.section	.rodata
	.section	.rodata.hexolit.ef9d678d45aa0ec7.0,"a"
.LC10:
	.string	"return"
	.section	.rodata
	.section	.rodata.hexolit.5f76f605a7a76125.0,"a"
.LC11:
	.string	"KW_RETURN"
	.section	.rodata
	.section	.data.rel.local.kw_table,"aw"
	.align 32
	.type	kw_table, @object
	.size	kw_table, 48
kw_table:
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.section	.rodata.__compound_literal.0,"a"
	.align 32
	.type	__compound_literal.0, @object
	.size	__compound_literal.0, 32
__compound_literal.0:
	.long	0
	.long	1071644672
	.long	0
	.long	1072955392
	.long	0
	.long	1073741824
	.long	0
	.long	1074921472
	.section	.data.rel.local.weights,"aw"
	.align 8
	.type	weights, @object
	.size	weights, 8
weights:
	.quad	__compound_literal.0
	.globl	last_seen
	.section	.bss.last_seen,"aw",@nobits
	.align 8
	.type	last_seen, @object
	.size	last_seen, 8
last_seen:
	.zero	8
	.section	.rodata
	.section	.rodata.hexolit.e74f9404d5a09d59.0,"a"
.LC12:
	.string	"Copy"
	.section	.rodata
	.section	.rodata.hexolit.2f0ba4504ab03568.0,"a"
.LC13:
	.string	"MB/s"
	.section	.rodata
	.section	.rodata.hexolit.a8816f5dac673c9b.0,"a"
.LC14:
	.string	"Scale"
	.section	.rodata
	.section	.rodata.hexolit.92e12c3fb43de1bd.0,"a"
.LC15:
	.string	"Add"
	.section	.rodata
	.section	.rodata.hexolit.231edaaaef123d9e.0,"a"
.LC16:
	.string	"Triad"
	.section	.rodata
	.section	.data.rel.local.table,"aw"
	.align 32
	.type	table, @object
	.size	table, 96
table:
	.quad	.LC12
	.quad	.LC13
	.long	1
	.zero	4
	.quad	.LC14
	.quad	.LC13
	.long	2
	.zero	4
	.quad	.LC15
	.quad	.LC13
	.long	3
	.zero	4
	.quad	.LC16
	.quad	.LC13
	.long	4
	.zero	4
	.section	.text.pace,"ax",@progbits
	.type	pace, @function
pace:
.LFB6:
	.file 1 "rodata.c"
	.loc 1 30 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 31 18
	movq	$0, -16(%rbp)
	movq	$80000000, -8(%rbp)
	.loc 1 33 2
	leaq	-16(%rbp), %rax
	movl	$0, %esi
	movq	%rax, %rdi
	call	nanosleep@PLT
	.loc 1 34 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	pace, .-pace
	.section	.rodata
	.section	.rodata.hexolit.f8311cca9bb7f2eb.0,"a"
.LC17:
	.string	"%-8s %6d %s\n"
	.section	.rodata
	.section	.text.report,"ax",@progbits
	.type	report, @function
report:
.LFB7:
	.loc 1 37 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movl	%edi, -36(%rbp)
	movq	%rsi, -48(%rbp)
	.loc 1 38 14
	leaq	.LC17(%rip), %rax
	movq	%rax, -24(%rbp)
	.loc 1 39 9
	movq	$0, -8(%rbp)
	.loc 1 42 2
	call	popcorn_check_migrate@PLT
	.loc 1 43 9
	movl	$0, -12(%rbp)
	.loc 1 43 2
	jmp	.L3
.L4:
	.loc 1 44 16 discriminator 3
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	8+table(%rip), %rax
	movq	(%rdx,%rax), %rcx
	.loc 1 44 51 discriminator 3
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	16+table(%rip), %rax
	movl	(%rdx,%rax), %eax
	.loc 1 44 16 discriminator 3
	imull	-36(%rbp), %eax
	movl	%eax, %edi
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	table(%rip), %rax
	movq	(%rdx,%rax), %rsi
	movq	-24(%rbp), %rax
	movl	%edi, %edx
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 44 8 discriminator 3
	cltq
	.loc 1 44 5 discriminator 3
	addq	%rax, -8(%rbp)
	.loc 1 43 22 discriminator 3
	addl	$1, -12(%rbp)
.L3:
	.loc 1 43 16 discriminator 1
	cmpl	$3, -12(%rbp)
	jle	.L4
	.loc 1 45 13
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	.loc 1 45 11
	movq	-8(%rbp), %rdx
	addq	%rdx, %rax
	.loc 1 46 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	report, .-report
	.section	.rodata
	.section	.rodata.hexolit.75a6b25023d6791e.0,"a"
.LC18:
	.string	"a local literal"
	.section	.rodata
	.section	.rodata.hexolit.658af591b35d5acd.0,"a"
.LC20:
	.string	"round %d: %s %s %s %s %.2f\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
.LC22:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
.LC23:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.0ff7e2f3eda2d048.0,"a"
.LC24:
	.string	"rodata: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 49 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	.loc 1 50 27
	movl	$48, %edi
	call	malloc@PLT
	movq	%rax, -32(%rbp)
	.loc 1 51 14
	leaq	.LC18(%rip), %rax
	movq	%rax, -40(%rbp)
	.loc 1 52 9
	movq	$0, -8(%rbp)
	.loc 1 53 9
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -16(%rbp)
	.loc 1 56 9
	movl	$0, -24(%rbp)
	.loc 1 56 2
	jmp	.L7
.L8:
	.loc 1 57 27 discriminator 3
	movl	$5, %eax
	subl	-24(%rbp), %eax
	.loc 1 57 12 discriminator 3
	movl	-24(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,8), %rcx
	movq	-32(%rbp), %rdx
	addq	%rcx, %rdx
	.loc 1 57 24 discriminator 3
	cltq
	leaq	0(,%rax,8), %rcx
	leaq	labels(%rip), %rax
	movq	(%rcx,%rax), %rax
	.loc 1 57 16 discriminator 3
	movq	%rax, (%rdx)
	.loc 1 56 22 discriminator 3
	addl	$1, -24(%rbp)
.L7:
	.loc 1 56 16 discriminator 1
	cmpl	$5, -24(%rbp)
	jle	.L8
	.loc 1 58 13
	movl	$1, -20(%rbp)
	.loc 1 58 2
	jmp	.L9
.L10:
	.loc 1 59 3 discriminator 3
	call	popcorn_check_migrate@PLT
	.loc 1 60 3 discriminator 3
	call	pace
	.loc 1 61 28 discriminator 3
	movl	-20(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$715827883, %rax, %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	.loc 1 61 21 discriminator 3
	movslq	%edx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	labels(%rip), %rax
	movq	(%rdx,%rax), %rax
	.loc 1 61 13 discriminator 3
	movq	%rax, last_seen(%rip)
	.loc 1 62 41 discriminator 3
	movl	-20(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$1431655766, %rax, %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	.loc 1 62 12 discriminator 3
	movslq	%edx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	8+kw_table(%rip), %rax
	movq	(%rdx,%rax), %rdx
	movl	-20(%rbp), %eax
	movq	%rdx, %rsi
	movl	%eax, %edi
	call	report
	.loc 1 62 9 discriminator 3
	addq	%rax, -8(%rbp)
	.loc 1 63 15 discriminator 3
	movq	weights(%rip), %rcx
	.loc 1 63 22 discriminator 3
	movl	-20(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$30, %eax
	addl	%eax, %edx
	andl	$3, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	cltq
	.loc 1 63 15 discriminator 3
	salq	$3, %rax
	addq	%rcx, %rax
	movsd	(%rax), %xmm0
	.loc 1 63 5 discriminator 3
	movsd	-16(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
	.loc 1 65 25 discriminator 3
	movl	-20(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$1431655766, %rax, %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	.loc 1 64 3 discriminator 3
	movslq	%edx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	kw_table(%rip), %rax
	movq	(%rdx,%rax), %r8
	.loc 1 64 76 discriminator 3
	movl	-20(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$715827883, %rax, %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	movslq	%edx, %rax
	.loc 1 64 69 discriminator 3
	leaq	0(,%rax,8), %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	.loc 1 64 3 discriminator 3
	movq	(%rax), %rcx
	movq	last_seen(%rip), %rdx
	movq	-16(%rbp), %rsi
	movq	-40(%rbp), %rdi
	movl	-20(%rbp), %eax
	movq	%rsi, %xmm0
	movq	%r8, %r9
	movq	%rdi, %r8
	movl	%eax, %esi
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	.loc 1 58 36 discriminator 3
	addl	$1, -20(%rbp)
.L9:
	.loc 1 58 24 discriminator 1
	cmpl	$10, -20(%rbp)
	jle	.L10
	.loc 1 67 2
	cmpq	$914, -8(%rbp)
	jne	.L11
	.loc 1 67 38 discriminator 1
	movsd	-16(%rbp), %xmm0
	ucomisd	.LC21(%rip), %xmm0
	jp	.L11
	movsd	-16(%rbp), %xmm0
	ucomisd	.LC21(%rip), %xmm0
	jne	.L11
	.loc 1 67 2 discriminator 3
	leaq	.LC22(%rip), %rax
	jmp	.L13
.L11:
	.loc 1 67 2 is_stmt 0 discriminator 4
	leaq	.LC23(%rip), %rax
.L13:
	.loc 1 67 2 discriminator 6
	movq	%rax, %rsi
	leaq	.LC24(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 68 9 is_stmt 1 discriminator 6
	movl	$0, %eax
	.loc 1 69 1 discriminator 6
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.section	.rodata
	.section	.rodata.hexolit.57aba39da2f4256d.0,"a"
	.align 8
.LC21:
	.long	0
	.long	1077133312
	.section	.rodata
	.text
.Letext0:
	.file 2 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 3 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h"
	.file 5 "/usr/include/stdlib.h"
	.file 6 "/usr/include/string.h"
	.file 7 "/usr/include/stdio.h"
	.file 8 "/usr/include/time.h"
	.file 9 "/tmp/lp/x86_64-hermit/include/hermit/migration.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x330
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xf
	.long	.LASF38
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL0
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.long	.LASF2
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.long	.LASF3
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF5
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF6
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.long	.LASF7
	.uleb128 0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF8
	.uleb128 0x9
	.long	.LASF9
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.long	0x5b
	.uleb128 0x11
	.byte	0x8
	.uleb128 0x9
	.long	.LASF10
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.long	0x5b
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF11
	.uleb128 0xa
	.long	0x7c
	.uleb128 0x9
	.long	.LASF12
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.long	0x3f
	.uleb128 0x4
	.long	0x83
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF13
	.uleb128 0xc
	.long	.LASF23
	.byte	0x10
	.byte	0x4
	.byte	0xb
	.long	0xc7
	.uleb128 0x5
	.long	.LASF14
	.byte	0x4
	.byte	0x10
	.byte	0xc
	.long	0x62
	.byte	0
	.uleb128 0x5
	.long	.LASF15
	.byte	0x4
	.byte	0x15
	.byte	0x15
	.long	0x70
	.byte	0x8
	.byte	0
	.uleb128 0xa
	.long	0xa0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF16
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.long	.LASF17
	.uleb128 0xb
	.long	0x94
	.long	0xea
	.uleb128 0x7
	.long	0x3f
	.byte	0x5
	.byte	0
	.uleb128 0xd
	.long	.LASF21
	.byte	0xb
	.long	0xda
	.uleb128 0x9
	.byte	0x3
	.quad	labels
	.uleb128 0xb
	.long	0x94
	.long	0x114
	.uleb128 0x7
	.long	0x3f
	.byte	0x2
	.uleb128 0x7
	.long	0x3f
	.byte	0x1
	.byte	0
	.uleb128 0x2
	.long	.LASF18
	.byte	0xc
	.byte	0x14
	.long	0xfe
	.uleb128 0x9
	.byte	0x3
	.quad	kw_table
	.uleb128 0x2
	.long	.LASF19
	.byte	0xd
	.byte	0x16
	.long	0x13e
	.uleb128 0x9
	.byte	0x3
	.quad	weights
	.uleb128 0x4
	.long	0x14a
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.long	.LASF20
	.uleb128 0xa
	.long	0x143
	.uleb128 0xd
	.long	.LASF22
	.byte	0xe
	.long	0x94
	.uleb128 0x9
	.byte	0x3
	.quad	last_seen
	.uleb128 0xc
	.long	.LASF24
	.byte	0x18
	.byte	0x1
	.byte	0x10
	.long	0x197
	.uleb128 0x5
	.long	.LASF25
	.byte	0x1
	.byte	0x11
	.byte	0xe
	.long	0x94
	.byte	0
	.uleb128 0x5
	.long	.LASF26
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.long	0x94
	.byte	0x8
	.uleb128 0x5
	.long	.LASF27
	.byte	0x1
	.byte	0x13
	.byte	0x6
	.long	0x54
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.long	0x163
	.long	0x1a7
	.uleb128 0x7
	.long	0x3f
	.byte	0x3
	.byte	0
	.uleb128 0x2
	.long	.LASF28
	.byte	0x16
	.byte	0x15
	.long	0x197
	.uleb128 0x9
	.byte	0x3
	.quad	table
	.uleb128 0x8
	.long	.LASF29
	.byte	0x5
	.value	0x229
	.byte	0xe
	.long	0x6e
	.long	0x1d3
	.uleb128 0x6
	.long	0x88
	.byte	0
	.uleb128 0x8
	.long	.LASF30
	.byte	0x6
	.value	0x197
	.byte	0xf
	.long	0x88
	.long	0x1ea
	.uleb128 0x6
	.long	0x94
	.byte	0
	.uleb128 0x8
	.long	.LASF31
	.byte	0x7
	.value	0x164
	.byte	0xc
	.long	0x54
	.long	0x202
	.uleb128 0x6
	.long	0x94
	.uleb128 0x12
	.byte	0
	.uleb128 0x13
	.long	.LASF39
	.byte	0x9
	.byte	0x14
	.byte	0x6
	.uleb128 0x8
	.long	.LASF32
	.byte	0x8
	.value	0x119
	.byte	0xc
	.long	0x54
	.long	0x226
	.uleb128 0x6
	.long	0x226
	.uleb128 0x6
	.long	0x22b
	.byte	0
	.uleb128 0x4
	.long	0xc7
	.uleb128 0x4
	.long	0xa0
	.uleb128 0x14
	.long	.LASF40
	.byte	0x1
	.byte	0x30
	.byte	0x5
	.long	0x54
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x2a3
	.uleb128 0x2
	.long	.LASF33
	.byte	0x32
	.byte	0xf
	.long	0x2a3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x2
	.long	.LASF34
	.byte	0x33
	.byte	0xe
	.long	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x2
	.long	.LASF35
	.byte	0x34
	.byte	0x9
	.long	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"w"
	.byte	0x35
	.byte	0x9
	.long	0x143
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.long	.LASF36
	.byte	0x36
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x3
	.string	"i"
	.byte	0x36
	.byte	0xd
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x4
	.long	0x94
	.uleb128 0x15
	.long	.LASF41
	.byte	0x1
	.byte	0x24
	.byte	0xf
	.long	0x88
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x30b
	.uleb128 0xe
	.long	.LASF36
	.byte	0x1a
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0xe
	.long	.LASF37
	.byte	0x2d
	.long	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x3
	.string	"fmt"
	.byte	0x26
	.byte	0xe
	.long	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x3
	.string	"n"
	.byte	0x27
	.byte	0x9
	.long	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"i"
	.byte	0x28
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.uleb128 0x16
	.long	.LASF42
	.byte	0x1
	.byte	0x1d
	.byte	0xd
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"ts"
	.byte	0x1f
	.byte	0x12
	.long	0xa0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 36
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.long	0x4c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.quad	0
	.quad	0
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL0:
	.byte	0x7
	.quad	.LFB6
	.uleb128 .LFE6-.LFB6
	.byte	0x7
	.quad	.LFB7
	.uleb128 .LFE7-.LFB7
	.byte	0x7
	.quad	.LFB8
	.uleb128 .LFE8-.LFB8
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF12:
	.string	"size_t"
.LASF41:
	.string	"report"
.LASF22:
	.string	"last_seen"
.LASF34:
	.string	"local"
.LASF39:
	.string	"popcorn_check_migrate"
.LASF4:
	.string	"unsigned int"
.LASF24:
	.string	"entry"
.LASF25:
	.string	"name"
.LASF19:
	.string	"weights"
.LASF27:
	.string	"scale"
.LASF23:
	.string	"timespec"
.LASF16:
	.string	"long long unsigned int"
.LASF2:
	.string	"unsigned char"
.LASF37:
	.string	"title"
.LASF5:
	.string	"long unsigned int"
.LASF3:
	.string	"short unsigned int"
.LASF18:
	.string	"kw_table"
.LASF28:
	.string	"table"
.LASF9:
	.string	"__time_t"
.LASF20:
	.string	"double"
.LASF10:
	.string	"__syscall_slong_t"
.LASF15:
	.string	"tv_nsec"
.LASF40:
	.string	"main"
.LASF36:
	.string	"round"
.LASF30:
	.string	"strlen"
.LASF33:
	.string	"heap_copy"
.LASF21:
	.string	"labels"
.LASF26:
	.string	"unit"
.LASF38:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF14:
	.string	"tv_sec"
.LASF13:
	.string	"long long int"
.LASF11:
	.string	"char"
.LASF31:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF35:
	.string	"total"
.LASF8:
	.string	"long int"
.LASF42:
	.string	"pace"
.LASF17:
	.string	"long double"
.LASF6:
	.string	"signed char"
.LASF32:
	.string	"nanosleep"
.LASF29:
	.string	"malloc"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"rodata.c"
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/rodata"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
