	.file	"instrument.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/instrument" "instrument.c"
	.section	.bss.memo,"aw",@nobits
	.align 8
	.type	memo, @object
	.size	memo, 8
memo:
	.zero	8
	.section	.text.pace,"ax",@progbits
	.type	pace, @function
pace:
.LFB6:
	.file 1 "instrument.c"
	.loc 1 13 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	pace(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_enter@PLT
	.loc 1 14 18
	movq	$0, -16(%rbp)
	movq	$60000000, -8(%rbp)
	.loc 1 16 2
	leaq	-16(%rbp), %rax
	movl	$0, %esi
	movq	%rax, %rdi
	call	nanosleep@PLT
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	pace(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_exit@PLT
	.loc 1 17 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	pace, .-pace
	.section	.text.fib,"ax",@progbits
	.type	fib, @function
fib:
.LFB7:
	.loc 1 20 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 3, -24
	movl	%edi, -36(%rbp)
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	fib(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_enter@PLT
	.loc 1 23 5
	cmpl	$1, -36(%rbp)
	jg	.L3
	.loc 1 24 10
	movl	-36(%rbp), %eax
	movslq	%eax, %rbx
	jmp	.L4
.L3:
	.loc 1 25 6
	movl	-36(%rbp), %eax
	subl	$1, %eax
	movl	%eax, %edi
	call	fib
	movq	%rax, -24(%rbp)
	.loc 1 26 6
	movl	-36(%rbp), %eax
	subl	$2, %eax
	movl	%eax, %edi
	call	fib
	movq	%rax, -32(%rbp)
	.loc 1 27 6
	movq	memo(%rip), %rax
	movl	-36(%rbp), %edx
	movslq	%edx, %rdx
	salq	$3, %rdx
	addq	%rdx, %rax
	.loc 1 27 14
	movq	-24(%rbp), %rcx
	movq	-32(%rbp), %rdx
	addq	%rcx, %rdx
	.loc 1 27 10
	movq	%rdx, (%rax)
	.loc 1 28 11
	movq	-24(%rbp), %rdx
	movq	-32(%rbp), %rax
	leaq	(%rdx,%rax), %rbx
.L4:
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	fib(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_exit@PLT
	.loc 1 29 1
	movq	%rbx, %rax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	fib, .-fib
	.section	.text.scale,"ax",@progbits
	.type	scale, @function
scale:
.LFB8:
	.loc 1 32 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movsd	%xmm0, -24(%rbp)
	movl	%edi, -28(%rbp)
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	scale(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_enter@PLT
	.loc 1 33 9
	movsd	-24(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	.loc 1 36 9
	movl	$0, -12(%rbp)
	.loc 1 36 2
	jmp	.L7
.L8:
	.loc 1 37 9 discriminator 3
	movsd	-8(%rbp), %xmm1
	movsd	.LC0(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	.loc 1 37 5 discriminator 3
	movsd	.LC1(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	.loc 1 36 22 discriminator 3
	addl	$1, -12(%rbp)
.L7:
	.loc 1 36 16 discriminator 1
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L8
	.loc 1 38 9
	movsd	-8(%rbp), %xmm2
	movsd	%xmm2, -40(%rbp)
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	scale(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_exit@PLT
	movq	-40(%rbp), %rax
	.loc 1 39 1
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	scale, .-scale
	.section	.rodata
	.section	.rodata.hexolit.0570df0606a124bb.0,"a"
.LC3:
	.string	"Iterate! %d fib %ld acc %.3f\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
.LC5:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
.LC6:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.5746e51c45e4fc26.0,"a"
.LC7:
	.string	"instrument: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.globl	main
	.type	main, @function
main:
.LFB9:
	.loc 1 42 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 3, -24
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	main(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_enter@PLT
	.loc 1 43 9
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -24(%rbp)
	.loc 1 44 7
	movq	$0, -32(%rbp)
	.loc 1 47 9
	movl	$8, %esi
	movl	$16, %edi
	call	calloc@PLT
	.loc 1 47 7
	movq	%rax, memo(%rip)
	.loc 1 48 9
	movl	$0, -36(%rbp)
	.loc 1 48 2
	jmp	.L11
.L12:
	.loc 1 49 3 discriminator 3
	call	pace
	.loc 1 50 14 discriminator 3
	movl	-36(%rbp), %ecx
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
	.loc 1 50 8 discriminator 3
	leal	1(%rdx), %eax
	movl	%eax, %edi
	call	fib
	.loc 1 50 5 discriminator 3
	addq	%rax, -32(%rbp)
	.loc 1 51 10 discriminator 3
	pxor	%xmm2, %xmm2
	cvtsi2sdl	-36(%rbp), %xmm2
	movq	%xmm2, %rax
	movl	$3, %edi
	movq	%rax, %xmm0
	call	scale
	.loc 1 51 7 discriminator 3
	movsd	-24(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	.loc 1 52 3 discriminator 3
	movq	-24(%rbp), %rcx
	movq	-32(%rbp), %rdx
	movl	-36(%rbp), %eax
	movq	%rcx, %xmm0
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	.loc 1 48 23 discriminator 3
	addl	$1, -36(%rbp)
.L11:
	.loc 1 48 16 discriminator 1
	cmpl	$9, -36(%rbp)
	jle	.L12
	.loc 1 54 2
	cmpq	$27, -32(%rbp)
	jne	.L13
	.loc 1 54 37 discriminator 1
	movsd	-24(%rbp), %xmm0
	ucomisd	.LC4(%rip), %xmm0
	jp	.L13
	movsd	-24(%rbp), %xmm0
	ucomisd	.LC4(%rip), %xmm0
	jne	.L13
	.loc 1 54 2 discriminator 3
	leaq	.LC5(%rip), %rax
	jmp	.L15
.L13:
	.loc 1 54 2 is_stmt 0 discriminator 4
	leaq	.LC6(%rip), %rax
.L15:
	.loc 1 54 2 discriminator 6
	movq	%rax, %rsi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 55 9 is_stmt 1 discriminator 6
	movl	$0, %ebx
	movq	8(%rbp), %rax
	movq	%rax, %rsi
	leaq	main(%rip), %rax
	movq	%rax, %rdi
	call	__cyg_profile_func_exit@PLT
	.loc 1 56 1 discriminator 6
	movl	%ebx, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
	.section	.rodata
	.section	.rodata.hexolit.d8593e6941895caa.0,"a"
	.align 8
.LC0:
	.long	0
	.long	1073217536
	.section	.rodata
	.section	.rodata.hexolit.61455c94e87f9b6c.0,"a"
	.align 8
.LC1:
	.long	0
	.long	1072693248
	.section	.rodata
	.section	.rodata.hexolit.bda3c4c15e5e0a68.0,"a"
	.align 8
.LC4:
	.long	0
	.long	1080617984
	.section	.rodata
	.text
.Letext0:
	.file 2 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 3 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h"
	.file 5 "/usr/include/stdio.h"
	.file 6 "/usr/include/stdlib.h"
	.file 7 "/usr/include/time.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x256
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xa
	.long	.LASF23
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
	.uleb128 0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF8
	.uleb128 0x5
	.long	.LASF9
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.long	0x5b
	.uleb128 0xc
	.byte	0x8
	.uleb128 0x5
	.long	.LASF10
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.long	0x5b
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF11
	.uleb128 0x8
	.long	0x7c
	.uleb128 0x5
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
	.uleb128 0xd
	.long	.LASF24
	.byte	0x10
	.byte	0x4
	.byte	0xb
	.byte	0x8
	.long	0xc6
	.uleb128 0x9
	.long	.LASF14
	.byte	0x10
	.byte	0xc
	.long	0x62
	.byte	0
	.uleb128 0x9
	.long	.LASF15
	.byte	0x15
	.byte	0x15
	.long	0x70
	.byte	0x8
	.byte	0
	.uleb128 0x8
	.long	0xa0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF16
	.uleb128 0xe
	.long	.LASF20
	.byte	0x1
	.byte	0xa
	.byte	0xe
	.long	0xe8
	.uleb128 0x9
	.byte	0x3
	.quad	memo
	.uleb128 0x4
	.long	0x5b
	.uleb128 0x6
	.long	.LASF17
	.byte	0x5
	.value	0x164
	.byte	0xc
	.long	0x54
	.long	0x105
	.uleb128 0x3
	.long	0x94
	.uleb128 0xf
	.byte	0
	.uleb128 0x6
	.long	.LASF18
	.byte	0x6
	.value	0x22c
	.byte	0xe
	.long	0x6e
	.long	0x121
	.uleb128 0x3
	.long	0x88
	.uleb128 0x3
	.long	0x88
	.byte	0
	.uleb128 0x6
	.long	.LASF19
	.byte	0x7
	.value	0x119
	.byte	0xc
	.long	0x54
	.long	0x13d
	.uleb128 0x3
	.long	0x13d
	.uleb128 0x3
	.long	0x142
	.byte	0
	.uleb128 0x4
	.long	0xc6
	.uleb128 0x4
	.long	0xa0
	.uleb128 0x10
	.long	.LASF25
	.byte	0x1
	.byte	0x29
	.byte	0x5
	.long	0x54
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x190
	.uleb128 0x2
	.string	"acc"
	.byte	0x2b
	.byte	0x9
	.long	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"f"
	.byte	0x2c
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x2
	.string	"i"
	.byte	0x2d
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.byte	0
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.long	.LASF21
	.uleb128 0x11
	.long	.LASF22
	.byte	0x1
	.byte	0x1f
	.byte	0xf
	.long	0x190
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x1ea
	.uleb128 0x7
	.string	"x"
	.byte	0x1f
	.byte	0x1c
	.long	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x7
	.string	"k"
	.byte	0x1f
	.byte	0x23
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x2
	.string	"r"
	.byte	0x21
	.byte	0x9
	.long	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"i"
	.byte	0x22
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.byte	0
	.uleb128 0x12
	.string	"fib"
	.byte	0x1
	.byte	0x13
	.byte	0xd
	.long	0x5b
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x231
	.uleb128 0x7
	.string	"n"
	.byte	0x13
	.byte	0x15
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x2
	.string	"a"
	.byte	0x15
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"b"
	.byte	0x15
	.byte	0xa
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.byte	0
	.uleb128 0x13
	.long	.LASF26
	.byte	0x1
	.byte	0xc
	.byte	0xd
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"ts"
	.byte	0xe
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
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x5
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
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 4
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
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x34
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x13
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
	.long	0x5c
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
	.quad	.LFB9
	.quad	.LFE9-.LFB9
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
	.byte	0x7
	.quad	.LFB9
	.uleb128 .LFE9-.LFB9
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF15:
	.string	"tv_nsec"
.LASF22:
	.string	"scale"
.LASF24:
	.string	"timespec"
.LASF16:
	.string	"long long unsigned int"
.LASF2:
	.string	"unsigned char"
.LASF5:
	.string	"long unsigned int"
.LASF3:
	.string	"short unsigned int"
.LASF12:
	.string	"size_t"
.LASF9:
	.string	"__time_t"
.LASF21:
	.string	"double"
.LASF7:
	.string	"short int"
.LASF25:
	.string	"main"
.LASF4:
	.string	"unsigned int"
.LASF14:
	.string	"tv_sec"
.LASF13:
	.string	"long long int"
.LASF23:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -finstrument-functions -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF11:
	.string	"char"
.LASF17:
	.string	"printf"
.LASF18:
	.string	"calloc"
.LASF8:
	.string	"long int"
.LASF26:
	.string	"pace"
.LASF6:
	.string	"signed char"
.LASF19:
	.string	"nanosleep"
.LASF10:
	.string	"__syscall_slong_t"
.LASF20:
	.string	"memo"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/instrument"
.LASF0:
	.string	"instrument.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
