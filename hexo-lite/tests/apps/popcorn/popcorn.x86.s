	.file	"popcorn.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/popcorn" "popcorn.c"
	.section	.bss.prog,"aw",@nobits
	.align 8
	.type	prog, @object
	.size	prog, 8
prog:
	.zero	8
	.section	.bss.node_changes,"aw",@nobits
	.align 4
	.type	node_changes, @object
	.size	node_changes, 4
node_changes:
	.zero	4
	.section	.bss.migpoint_zero,"aw",@nobits
	.align 4
	.type	migpoint_zero, @object
	.size	migpoint_zero, 4
migpoint_zero:
	.zero	4
	.section	.text.on_arrival,"ax",@progbits
	.type	on_arrival, @function
on_arrival:
.LFB6:
	.file 1 "popcorn.c"
	.loc 1 22 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	.loc 1 23 19
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	.loc 1 25 3
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	.loc 1 25 14
	leal	1(%rax), %edx
	movq	-8(%rbp), %rax
	movl	%edx, (%rax)
	.loc 1 26 20
	call	current_nid@PLT
	.loc 1 26 18
	movq	-8(%rbp), %rdx
	movl	%eax, 4(%rdx)
	.loc 1 27 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	on_arrival, .-on_arrival
	.section	.text.work,"ax",@progbits
	.type	work, @function
work:
.LFB7:
	.loc 1 30 1
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
	.loc 1 31 13
	movl	-36(%rbp), %eax
	movslq	%eax, %rdx
	.loc 1 31 7
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, -24(%rbp)
	.loc 1 34 2
	movq	prog(%rip), %rbx
	.loc 1 34 11
	call	current_nid@PLT
	.loc 1 34 2
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	movq	%rbx, %rdx
	leaq	on_arrival(%rip), %rcx
	movq	%rcx, %rsi
	movl	%eax, %edi
	call	migrate@PLT
	.loc 1 35 11
	movl	-36(%rbp), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	.loc 1 36 1
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	work, .-work
	.section	.rodata
	.section	.rodata.hexolit.3ab79b40d05aacca.0,"a"
.LC0:
	.string	"iteration %d: sum %ld\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
.LC1:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
.LC2:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.edf227e65cd083c5.0,"a"
.LC3:
	.string	"popcorn: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 39 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$24, %rsp
	.cfi_offset 3, -24
	.loc 1 40 12
	call	current_nid@PLT
	movl	%eax, -20(%rbp)
	.loc 1 43 9
	movl	$16, %esi
	movl	$1, %edi
	call	calloc@PLT
	.loc 1 43 7
	movq	%rax, prog(%rip)
	.loc 1 44 9
	movl	$0, -24(%rbp)
	.loc 1 44 2
	jmp	.L5
.L8:
.LBB2:
	.loc 1 47 7
	call	hermit_migrate_if_needed@PLT
	.loc 1 47 6
	testl	%eax, %eax
	jne	.L6
	.loc 1 48 17
	movl	migpoint_zero(%rip), %eax
	addl	$1, %eax
	movl	%eax, migpoint_zero(%rip)
.L6:
	.loc 1 49 3
	movq	prog(%rip), %rax
	movq	%rax, %rsi
	leaq	on_arrival(%rip), %rax
	movq	%rax, %rdi
	call	check_migrate@PLT
	.loc 1 50 3
	movl	$80, %edi
	call	sys_msleep@PLT
	.loc 1 51 16
	movl	-24(%rbp), %eax
	movl	%eax, %edi
	call	work
	movq	%rax, %rdx
	.loc 1 51 7
	movq	prog(%rip), %rax
	movq	8(%rax), %rcx
	movq	prog(%rip), %rax
	.loc 1 51 13
	addq	%rcx, %rdx
	movq	%rdx, 8(%rax)
	.loc 1 52 10
	call	current_nid@PLT
	movl	%eax, -28(%rbp)
	.loc 1 53 6
	movl	-28(%rbp), %eax
	cmpl	-20(%rbp), %eax
	je	.L7
	.loc 1 54 16
	movl	node_changes(%rip), %eax
	addl	$1, %eax
	movl	%eax, node_changes(%rip)
	.loc 1 55 8
	movl	-28(%rbp), %eax
	movl	%eax, -20(%rbp)
.L7:
	.loc 1 57 44 discriminator 2
	movq	prog(%rip), %rax
	.loc 1 57 3 discriminator 2
	movq	8(%rax), %rdx
	movl	-24(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.LBE2:
	.loc 1 44 23 discriminator 2
	addl	$1, -24(%rbp)
.L5:
	.loc 1 44 16 discriminator 1
	cmpl	$9, -24(%rbp)
	jle	.L8
	.loc 1 61 30
	movq	prog(%rip), %rax
	movq	8(%rax), %rax
	.loc 1 61 2
	cmpq	$1440, %rax
	jne	.L9
	.loc 1 61 51 discriminator 1
	movq	prog(%rip), %rax
	movl	(%rax), %edx
	.loc 1 61 63 discriminator 1
	movl	migpoint_zero(%rip), %eax
	addl	%eax, %edx
	.loc 1 61 79 discriminator 1
	movl	node_changes(%rip), %eax
	.loc 1 61 44 discriminator 1
	cmpl	%eax, %edx
	jne	.L9
	.loc 1 62 12 discriminator 3
	movq	prog(%rip), %rax
	movl	(%rax), %eax
	.loc 1 61 95 discriminator 3
	testl	%eax, %eax
	je	.L10
	.loc 1 62 36
	movq	prog(%rip), %rax
	movl	4(%rax), %ebx
	.loc 1 62 54
	call	current_nid@PLT
	.loc 1 62 29
	cmpl	%eax, %ebx
	jne	.L9
.L10:
	.loc 1 61 2 discriminator 5
	leaq	.LC1(%rip), %rax
	jmp	.L11
.L9:
	.loc 1 61 2 is_stmt 0 discriminator 4
	leaq	.LC2(%rip), %rax
.L11:
	.loc 1 61 2 discriminator 7
	movq	%rax, %rsi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 64 9 is_stmt 1 discriminator 7
	movl	$0, %eax
	.loc 1 65 1 discriminator 7
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/tmp/lp/x86_64-hermit/include/migrate.h"
	.file 3 "/usr/include/stdio.h"
	.file 4 "/usr/include/stdlib.h"
	.file 5 "/tmp/lp/x86_64-hermit/include/hermit/migration.h"
	.file 6 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x276
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xa
	.long	.LASF27
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
	.uleb128 0xc
	.byte	0x8
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF9
	.uleb128 0xd
	.long	0x64
	.uleb128 0xe
	.long	.LASF28
	.byte	0x6
	.byte	0xd6
	.byte	0x17
	.long	0x3f
	.uleb128 0x5
	.long	0x6b
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF11
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.long	.LASF12
	.uleb128 0xf
	.long	.LASF29
	.byte	0x10
	.byte	0x1
	.byte	0xb
	.byte	0x8
	.long	0xc7
	.uleb128 0x7
	.long	.LASF13
	.byte	0xc
	.long	0x54
	.byte	0
	.uleb128 0x7
	.long	.LASF14
	.byte	0xd
	.long	0x54
	.byte	0x4
	.uleb128 0x10
	.string	"sum"
	.byte	0x1
	.byte	0xe
	.byte	0x7
	.long	0x5b
	.byte	0x8
	.byte	0
	.uleb128 0x3
	.long	.LASF15
	.byte	0x11
	.byte	0x19
	.long	0xdc
	.uleb128 0x9
	.byte	0x3
	.quad	prog
	.uleb128 0x5
	.long	0x96
	.uleb128 0x3
	.long	.LASF16
	.byte	0x12
	.byte	0xc
	.long	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	node_changes
	.uleb128 0x3
	.long	.LASF17
	.byte	0x13
	.byte	0xc
	.long	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	migpoint_zero
	.uleb128 0x8
	.long	.LASF20
	.byte	0x3
	.value	0x164
	.byte	0xc
	.long	0x54
	.long	0x123
	.uleb128 0x2
	.long	0x7c
	.uleb128 0x11
	.byte	0
	.uleb128 0x6
	.long	.LASF18
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.long	0x135
	.uleb128 0x2
	.long	0x54
	.byte	0
	.uleb128 0x6
	.long	.LASF19
	.byte	0x2
	.byte	0x22
	.byte	0x6
	.long	0x14c
	.uleb128 0x2
	.long	0x14c
	.uleb128 0x2
	.long	0x62
	.byte	0
	.uleb128 0x5
	.long	0x151
	.uleb128 0x12
	.long	0x15c
	.uleb128 0x2
	.long	0x62
	.byte	0
	.uleb128 0x9
	.long	.LASF23
	.byte	0x5
	.byte	0x18
	.long	0x54
	.uleb128 0x8
	.long	.LASF21
	.byte	0x4
	.value	0x22c
	.byte	0xe
	.long	0x62
	.long	0x183
	.uleb128 0x2
	.long	0x70
	.uleb128 0x2
	.long	0x70
	.byte	0
	.uleb128 0x6
	.long	.LASF22
	.byte	0x2
	.byte	0x27
	.byte	0x6
	.long	0x19f
	.uleb128 0x2
	.long	0x54
	.uleb128 0x2
	.long	0x14c
	.uleb128 0x2
	.long	0x62
	.byte	0
	.uleb128 0x9
	.long	.LASF24
	.byte	0x2
	.byte	0x19
	.long	0x54
	.uleb128 0x13
	.long	.LASF30
	.byte	0x1
	.byte	0x26
	.byte	0x5
	.long	0x54
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x207
	.uleb128 0x4
	.string	"nid"
	.byte	0x28
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x4
	.string	"i"
	.byte	0x29
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x14
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x3
	.long	.LASF25
	.byte	0x2d
	.byte	0x7
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.byte	0
	.byte	0
	.uleb128 0x15
	.long	.LASF31
	.byte	0x1
	.byte	0x1d
	.byte	0xd
	.long	0x5b
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x243
	.uleb128 0x16
	.string	"i"
	.byte	0x1
	.byte	0x1d
	.byte	0x16
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x4
	.string	"v"
	.byte	0x1f
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x17
	.long	.LASF32
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x18
	.long	.LASF26
	.byte	0x1
	.byte	0x15
	.byte	0x1e
	.long	0x62
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x4
	.string	"p"
	.byte	0x17
	.byte	0x13
	.long	0xdc
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
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
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xd
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
	.sleb128 6
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
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
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
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
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x11
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x5
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
.LASF21:
	.string	"calloc"
.LASF27:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF19:
	.string	"check_migrate"
.LASF15:
	.string	"prog"
.LASF3:
	.string	"short unsigned int"
.LASF13:
	.string	"callbacks"
.LASF26:
	.string	"data"
.LASF2:
	.string	"unsigned char"
.LASF5:
	.string	"long unsigned int"
.LASF17:
	.string	"migpoint_zero"
.LASF29:
	.string	"progress"
.LASF28:
	.string	"size_t"
.LASF32:
	.string	"on_arrival"
.LASF25:
	.string	"here"
.LASF16:
	.string	"node_changes"
.LASF23:
	.string	"hermit_migrate_if_needed"
.LASF30:
	.string	"main"
.LASF4:
	.string	"unsigned int"
.LASF24:
	.string	"current_nid"
.LASF11:
	.string	"long long unsigned int"
.LASF18:
	.string	"sys_msleep"
.LASF31:
	.string	"work"
.LASF10:
	.string	"long long int"
.LASF9:
	.string	"char"
.LASF20:
	.string	"printf"
.LASF7:
	.string	"short int"
.LASF14:
	.string	"callback_nid"
.LASF8:
	.string	"long int"
.LASF22:
	.string	"migrate"
.LASF12:
	.string	"long double"
.LASF6:
	.string	"signed char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"popcorn.c"
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/popcorn"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
