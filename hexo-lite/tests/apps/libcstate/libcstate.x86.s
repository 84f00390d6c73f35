	.file	"libcstate.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/libcstate" "libcstate.c"
	.section	.text.pace,"ax",@progbits
	.type	pace, @function
pace:
.LFB6:
	.file 1 "libcstate.c"
	.loc 1 13 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 14 18
	movq	$0, -16(%rbp)
	movq	$80000000, -8(%rbp)
	.loc 1 16 2
	leaq	-16(%rbp), %rax
	movl	$0, %esi
	movq	%rax, %rdi
	call	nanosleep@PLT
	.loc 1 17 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	pace, .-pace
	.section	.rodata
	.section	.rodata.hexolit.fce5bbdfcd572aae.0,"a"
.LC0:
	.string	"%d %63s"
	.section	.rodata
	.section	.text.read_some,"ax",@progbits
	.type	read_some, @function
read_some:
.LFB7:
	.loc 1 20 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$120, %rsp
	.cfi_offset 3, -24
	movq	%rdi, -120(%rbp)
	movl	%esi, -124(%rbp)
	.loc 1 22 7
	movq	$0, -24(%rbp)
	.loc 1 25 2
	call	popcorn_check_migrate@PLT
	.loc 1 26 8
	jmp	.L3
.L5:
	.loc 1 27 12
	movl	-100(%rbp), %eax
	movslq	%eax, %rbx
	.loc 1 27 20
	leaq	-96(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	.loc 1 27 12
	addq	%rbx, %rax
	.loc 1 27 7
	addq	%rax, -24(%rbp)
.L3:
	.loc 1 26 14
	movl	-124(%rbp), %eax
	leal	-1(%rax), %edx
	movl	%edx, -124(%rbp)
	.loc 1 26 21
	testl	%eax, %eax
	jle	.L4
	.loc 1 26 24 discriminator 1
	leaq	-96(%rbp), %rcx
	leaq	-100(%rbp), %rdx
	movq	-120(%rbp), %rax
	leaq	.LC0(%rip), %rsi
	movq	%rax, %rdi
	movl	$0, %eax
	call	__isoc99_fscanf@PLT
	.loc 1 26 21 discriminator 1
	cmpl	$2, %eax
	je	.L5
.L4:
	.loc 1 28 9
	movq	-24(%rbp), %rax
	.loc 1 29 1
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	read_some, .-read_some
	.section	.rodata
	.section	.rodata.hexolit.6084a8df3fe752e3.0,"a"
.LC1:
	.string	"input.txt"
	.section	.rodata
	.section	.rodata.hexolit.a0afcec3bc2c1b98.0,"a"
.LC2:
	.string	"r"
	.section	.rodata
	.section	.rodata.hexolit.e881aea7959a1ee9.0,"a"
.LC3:
	.string	"w"
	.section	.rodata
	.section	.rodata.hexolit.846d6dd7efafba48.0,"a"
.LC4:
	.string	"libcstate.out"
	.section	.rodata
	.section	.rodata.hexolit.602514278dea653b.0,"a"
	.align 8
.LC5:
	.string	"libcstate: cannot open input.txt or libcstate.out"
	.section	.rodata
	.section	.rodata.hexolit.e64cf03163791481.0,"a"
.LC6:
	.string	"%d %d %ld\n"
	.section	.rodata
	.section	.rodata.hexolit.bc394e37ea81e30f.0,"a"
.LC7:
	.string	"round %d: rand %d input %ld\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
.LC8:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
.LC9:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.9e0067947bd01704.0,"a"
.LC10:
	.string	"libcstate: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 32 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$208, %rsp
	movl	%edi, -196(%rbp)
	movq	%rsi, -208(%rbp)
	.loc 1 33 13
	cmpl	$1, -196(%rbp)
	jle	.L8
	.loc 1 33 13 is_stmt 0 discriminator 1
	movq	-208(%rbp), %rax
	movq	8(%rax), %rax
	jmp	.L9
.L8:
	.loc 1 33 13 discriminator 2
	leaq	.LC1(%rip), %rax
.L9:
	.loc 1 33 13 discriminator 4
	leaq	.LC2(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -40(%rbp)
	.loc 1 34 14 is_stmt 1 discriminator 4
	leaq	.LC3(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -48(%rbp)
	.loc 1 35 7 discriminator 4
	movq	$0, -8(%rbp)
	.loc 1 35 16 discriminator 4
	movq	$0, -16(%rbp)
	.loc 1 35 27 discriminator 4
	movq	$0, -24(%rbp)
	.loc 1 39 5 discriminator 4
	cmpq	$0, -40(%rbp)
	je	.L10
	.loc 1 39 10 discriminator 1
	cmpq	$0, -48(%rbp)
	jne	.L11
.L10:
	.loc 1 40 3
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	puts@PLT
	.loc 1 41 10
	movl	$1, %eax
	jmp	.L12
.L11:
	.loc 1 43 2
	movl	$2024, %edi
	call	srand@PLT
	.loc 1 44 9
	movl	$0, -28(%rbp)
	.loc 1 44 2
	jmp	.L13
.L14:
.LBB2:
	.loc 1 47 3 discriminator 3
	call	popcorn_check_migrate@PLT
	.loc 1 48 3 discriminator 3
	call	pace
	.loc 1 49 7 discriminator 3
	call	rand@PLT
	.loc 1 49 5 discriminator 3
	movslq	%eax, %rdx
	imulq	$274877907, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$6, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	movl	%edx, -52(%rbp)
	movl	-52(%rbp), %edx
	imull	$1000, %edx, %edx
	subl	%edx, %eax
	movl	%eax, -52(%rbp)
	.loc 1 50 9 discriminator 3
	movl	-52(%rbp), %eax
	cltq
	addq	%rax, -16(%rbp)
	.loc 1 51 10 discriminator 3
	movq	-40(%rbp), %rax
	movl	$4, %esi
	movq	%rax, %rdi
	call	read_some
	.loc 1 51 7 discriminator 3
	addq	%rax, -8(%rbp)
	.loc 1 52 3 discriminator 3
	movq	-8(%rbp), %rsi
	movl	-52(%rbp), %ecx
	movl	-28(%rbp), %edx
	movq	-48(%rbp), %rax
	movq	%rsi, %r8
	leaq	.LC6(%rip), %rsi
	movq	%rax, %rdi
	movl	$0, %eax
	call	fprintf@PLT
	.loc 1 53 3 discriminator 3
	movq	-8(%rbp), %rcx
	movl	-52(%rbp), %edx
	movl	-28(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.LBE2:
	.loc 1 44 23 discriminator 3
	addl	$1, -28(%rbp)
.L13:
	.loc 1 44 16 discriminator 1
	cmpl	$9, -28(%rbp)
	jle	.L14
	.loc 1 55 2
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
	.loc 1 56 2
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
	.loc 1 57 8
	leaq	.LC2(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -48(%rbp)
	.loc 1 58 9
	movl	$0, -28(%rbp)
	.loc 1 58 2
	jmp	.L15
.L17:
	.loc 1 59 19 discriminator 4
	leaq	-192(%rbp), %rax
	movl	$32, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	.loc 1 59 37 discriminator 4
	addq	$1, %rax
	.loc 1 59 12 discriminator 4
	movl	$10, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	strtol@PLT
	.loc 1 59 9 discriminator 4
	addq	%rax, -24(%rbp)
	.loc 1 58 54 discriminator 4
	addl	$1, -28(%rbp)
.L15:
	.loc 1 58 18 discriminator 1
	cmpq	$0, -48(%rbp)
	je	.L16
	.loc 1 58 21 discriminator 3
	movq	-48(%rbp), %rdx
	leaq	-192(%rbp), %rax
	movl	$128, %esi
	movq	%rax, %rdi
	call	fgets@PLT
	.loc 1 58 18 discriminator 3
	testq	%rax, %rax
	jne	.L17
.L16:
	.loc 1 60 5
	cmpq	$0, -48(%rbp)
	je	.L18
	.loc 1 61 3
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
.L18:
	.loc 1 62 2
	cmpl	$10, -28(%rbp)
	jne	.L19
	.loc 1 62 36 discriminator 1
	movq	-24(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jne	.L19
	.loc 1 62 54 discriminator 3
	cmpq	$5179, -16(%rbp)
	jne	.L19
	.loc 1 62 71 discriminator 5
	cmpq	$18231, -8(%rbp)
	jne	.L19
	.loc 1 62 2 discriminator 7
	leaq	.LC8(%rip), %rax
	jmp	.L20
.L19:
	.loc 1 62 2 is_stmt 0 discriminator 8
	leaq	.LC9(%rip), %rax
.L20:
	.loc 1 62 2 discriminator 10
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 63 9 is_stmt 1 discriminator 10
	movl	$0, %eax
.L12:
	.loc 1 64 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 3 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 6 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h"
	.file 7 "/usr/include/stdio.h"
	.file 8 "/usr/include/stdlib.h"
	.file 9 "/usr/include/string.h"
	.file 10 "/usr/include/time.h"
	.file 11 "/tmp/lp/x86_64-hermit/include/hermit/migration.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x5b0
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x12
	.long	.LASF71
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL0
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.long	.LASF2
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.long	.LASF3
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.long	.LASF5
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.long	.LASF6
	.uleb128 0x3
	.byte	0x2
	.byte	0x5
	.long	.LASF7
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.long	.LASF8
	.uleb128 0x6
	.long	.LASF9
	.byte	0x2
	.byte	0x98
	.byte	0x19
	.long	0x5b
	.uleb128 0x6
	.long	.LASF10
	.byte	0x2
	.byte	0x99
	.byte	0x1b
	.long	0x5b
	.uleb128 0x6
	.long	.LASF11
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.long	0x5b
	.uleb128 0x14
	.byte	0x8
	.uleb128 0x6
	.long	.LASF12
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.long	0x5b
	.uleb128 0x4
	.long	0x9e
	.uleb128 0x8
	.long	0x94
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.long	.LASF13
	.uleb128 0x10
	.long	0x9e
	.uleb128 0x6
	.long	.LASF14
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.long	0x3f
	.uleb128 0x11
	.long	.LASF49
	.byte	0xd8
	.byte	0x4
	.byte	0x31
	.long	0x23c
	.uleb128 0x1
	.long	.LASF15
	.byte	0x4
	.byte	0x33
	.byte	0x7
	.long	0x54
	.byte	0
	.uleb128 0x1
	.long	.LASF16
	.byte	0x4
	.byte	0x36
	.byte	0x9
	.long	0x94
	.byte	0x8
	.uleb128 0x1
	.long	.LASF17
	.byte	0x4
	.byte	0x37
	.byte	0x9
	.long	0x94
	.byte	0x10
	.uleb128 0x1
	.long	.LASF18
	.byte	0x4
	.byte	0x38
	.byte	0x9
	.long	0x94
	.byte	0x18
	.uleb128 0x1
	.long	.LASF19
	.byte	0x4
	.byte	0x39
	.byte	0x9
	.long	0x94
	.byte	0x20
	.uleb128 0x1
	.long	.LASF20
	.byte	0x4
	.byte	0x3a
	.byte	0x9
	.long	0x94
	.byte	0x28
	.uleb128 0x1
	.long	.LASF21
	.byte	0x4
	.byte	0x3b
	.byte	0x9
	.long	0x94
	.byte	0x30
	.uleb128 0x1
	.long	.LASF22
	.byte	0x4
	.byte	0x3c
	.byte	0x9
	.long	0x94
	.byte	0x38
	.uleb128 0x1
	.long	.LASF23
	.byte	0x4
	.byte	0x3d
	.byte	0x9
	.long	0x94
	.byte	0x40
	.uleb128 0x1
	.long	.LASF24
	.byte	0x4
	.byte	0x40
	.byte	0x9
	.long	0x94
	.byte	0x48
	.uleb128 0x1
	.long	.LASF25
	.byte	0x4
	.byte	0x41
	.byte	0x9
	.long	0x94
	.byte	0x50
	.uleb128 0x1
	.long	.LASF26
	.byte	0x4
	.byte	0x42
	.byte	0x9
	.long	0x94
	.byte	0x58
	.uleb128 0x1
	.long	.LASF27
	.byte	0x4
	.byte	0x44
	.byte	0x16
	.long	0x255
	.byte	0x60
	.uleb128 0x1
	.long	.LASF28
	.byte	0x4
	.byte	0x46
	.byte	0x14
	.long	0x25a
	.byte	0x68
	.uleb128 0x1
	.long	.LASF29
	.byte	0x4
	.byte	0x48
	.byte	0x7
	.long	0x54
	.byte	0x70
	.uleb128 0x1
	.long	.LASF30
	.byte	0x4
	.byte	0x49
	.byte	0x7
	.long	0x54
	.byte	0x74
	.uleb128 0x1
	.long	.LASF31
	.byte	0x4
	.byte	0x4a
	.byte	0xb
	.long	0x62
	.byte	0x78
	.uleb128 0x1
	.long	.LASF32
	.byte	0x4
	.byte	0x4d
	.byte	0x12
	.long	0x31
	.byte	0x80
	.uleb128 0x1
	.long	.LASF33
	.byte	0x4
	.byte	0x4e
	.byte	0xf
	.long	0x46
	.byte	0x82
	.uleb128 0x1
	.long	.LASF34
	.byte	0x4
	.byte	0x4f
	.byte	0x8
	.long	0x25f
	.byte	0x83
	.uleb128 0x1
	.long	.LASF35
	.byte	0x4
	.byte	0x51
	.byte	0xf
	.long	0x26f
	.byte	0x88
	.uleb128 0x1
	.long	.LASF36
	.byte	0x4
	.byte	0x59
	.byte	0xd
	.long	0x6e
	.byte	0x90
	.uleb128 0x1
	.long	.LASF37
	.byte	0x4
	.byte	0x5b
	.byte	0x17
	.long	0x279
	.byte	0x98
	.uleb128 0x1
	.long	.LASF38
	.byte	0x4
	.byte	0x5c
	.byte	0x19
	.long	0x283
	.byte	0xa0
	.uleb128 0x1
	.long	.LASF39
	.byte	0x4
	.byte	0x5d
	.byte	0x14
	.long	0x25a
	.byte	0xa8
	.uleb128 0x1
	.long	.LASF40
	.byte	0x4
	.byte	0x5e
	.byte	0x9
	.long	0x86
	.byte	0xb0
	.uleb128 0x1
	.long	.LASF41
	.byte	0x4
	.byte	0x5f
	.byte	0xa
	.long	0xaa
	.byte	0xb8
	.uleb128 0x1
	.long	.LASF42
	.byte	0x4
	.byte	0x60
	.byte	0x7
	.long	0x54
	.byte	0xc0
	.uleb128 0x1
	.long	.LASF43
	.byte	0x4
	.byte	0x62
	.byte	0x8
	.long	0x288
	.byte	0xc4
	.byte	0
	.uleb128 0x6
	.long	.LASF44
	.byte	0x5
	.byte	0x7
	.byte	0x19
	.long	0xb6
	.uleb128 0x15
	.long	.LASF72
	.byte	0x4
	.byte	0x2b
	.byte	0xe
	.uleb128 0xc
	.long	.LASF45
	.uleb128 0x4
	.long	0x250
	.uleb128 0x4
	.long	0xb6
	.uleb128 0x9
	.long	0x9e
	.long	0x26f
	.uleb128 0xa
	.long	0x3f
	.byte	0
	.byte	0
	.uleb128 0x4
	.long	0x248
	.uleb128 0xc
	.long	.LASF46
	.uleb128 0x4
	.long	0x274
	.uleb128 0xc
	.long	.LASF47
	.uleb128 0x4
	.long	0x27e
	.uleb128 0x9
	.long	0x9e
	.long	0x298
	.uleb128 0xa
	.long	0x3f
	.byte	0x13
	.byte	0
	.uleb128 0x4
	.long	0xa5
	.uleb128 0x8
	.long	0x298
	.uleb128 0x4
	.long	0x23c
	.uleb128 0x8
	.long	0x2a2
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.long	.LASF48
	.uleb128 0x11
	.long	.LASF50
	.byte	0x10
	.byte	0x6
	.byte	0xb
	.long	0x2da
	.uleb128 0x1
	.long	.LASF51
	.byte	0x6
	.byte	0x10
	.byte	0xc
	.long	0x7a
	.byte	0
	.uleb128 0x1
	.long	.LASF52
	.byte	0x6
	.byte	0x15
	.byte	0x15
	.long	0x88
	.byte	0x8
	.byte	0
	.uleb128 0x10
	.long	0x2b3
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.long	.LASF53
	.uleb128 0x3
	.byte	0x10
	.byte	0x4
	.long	.LASF54
	.uleb128 0x7
	.long	.LASF55
	.byte	0x7
	.value	0x250
	.byte	0xe
	.long	0x94
	.long	0x30e
	.uleb128 0x2
	.long	0x99
	.uleb128 0x2
	.long	0x54
	.uleb128 0x2
	.long	0x2a7
	.byte	0
	.uleb128 0xd
	.long	.LASF56
	.byte	0x8
	.byte	0xb1
	.byte	0x11
	.long	0x5b
	.long	0x32e
	.uleb128 0x2
	.long	0x29d
	.uleb128 0x2
	.long	0x333
	.uleb128 0x2
	.long	0x54
	.byte	0
	.uleb128 0x4
	.long	0x94
	.uleb128 0x8
	.long	0x32e
	.uleb128 0xd
	.long	.LASF57
	.byte	0x9
	.byte	0xf6
	.byte	0xe
	.long	0x94
	.long	0x353
	.uleb128 0x2
	.long	0x298
	.uleb128 0x2
	.long	0x54
	.byte	0
	.uleb128 0xd
	.long	.LASF58
	.byte	0x7
	.byte	0xb2
	.byte	0xc
	.long	0x54
	.long	0x369
	.uleb128 0x2
	.long	0x2a2
	.byte	0
	.uleb128 0x7
	.long	.LASF59
	.byte	0x7
	.value	0x164
	.byte	0xc
	.long	0x54
	.long	0x381
	.uleb128 0x2
	.long	0x298
	.uleb128 0xe
	.byte	0
	.uleb128 0x7
	.long	.LASF60
	.byte	0x7
	.value	0x15e
	.byte	0xc
	.long	0x54
	.long	0x39e
	.uleb128 0x2
	.long	0x2a7
	.uleb128 0x2
	.long	0x29d
	.uleb128 0xe
	.byte	0
	.uleb128 0x16
	.long	.LASF73
	.byte	0x8
	.value	0x1c6
	.byte	0xc
	.long	0x54
	.uleb128 0x17
	.long	.LASF74
	.byte	0x8
	.value	0x1c8
	.byte	0xd
	.long	0x3be
	.uleb128 0x2
	.long	0x38
	.byte	0
	.uleb128 0x7
	.long	.LASF61
	.byte	0x7
	.value	0x102
	.byte	0xe
	.long	0x2a2
	.long	0x3da
	.uleb128 0x2
	.long	0x29d
	.uleb128 0x2
	.long	0x29d
	.byte	0
	.uleb128 0x18
	.long	.LASF75
	.byte	0x7
	.value	0x1b2
	.byte	0xc
	.long	.LASF76
	.long	0x54
	.long	0x3fb
	.uleb128 0x2
	.long	0x2a7
	.uleb128 0x2
	.long	0x29d
	.uleb128 0xe
	.byte	0
	.uleb128 0x7
	.long	.LASF62
	.byte	0x9
	.value	0x197
	.byte	0xf
	.long	0xaa
	.long	0x412
	.uleb128 0x2
	.long	0x298
	.byte	0
	.uleb128 0x19
	.long	.LASF77
	.byte	0xb
	.byte	0x14
	.byte	0x6
	.uleb128 0x7
	.long	.LASF63
	.byte	0xa
	.value	0x119
	.byte	0xc
	.long	0x54
	.long	0x436
	.uleb128 0x2
	.long	0x436
	.uleb128 0x2
	.long	0x43b
	.byte	0
	.uleb128 0x4
	.long	0x2da
	.uleb128 0x4
	.long	0x2b3
	.uleb128 0x1a
	.long	.LASF78
	.byte	0x1
	.byte	0x1f
	.byte	0x5
	.long	0x54
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x500
	.uleb128 0xf
	.long	.LASF64
	.byte	0x1f
	.byte	0xe
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -212
	.uleb128 0xf
	.long	.LASF65
	.byte	0x1f
	.byte	0x1b
	.long	0x32e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -224
	.uleb128 0x5
	.string	"in"
	.byte	0x21
	.byte	0x8
	.long	0x2a2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x5
	.string	"out"
	.byte	0x22
	.byte	0x8
	.long	0x2a2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x5
	.string	"sum"
	.byte	0x23
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xb
	.long	.LASF66
	.byte	0x23
	.byte	0x10
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0xb
	.long	.LASF67
	.byte	0x23
	.byte	0x1b
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0xb
	.long	.LASF68
	.byte	0x24
	.byte	0x7
	.long	0x500
	.uleb128 0x3
	.byte	0x91
	.sleb128 -208
	.uleb128 0x5
	.string	"i"
	.byte	0x25
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x1b
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x5
	.string	"r"
	.byte	0x2d
	.byte	0x7
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -68
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0x9e
	.long	0x510
	.uleb128 0xa
	.long	0x3f
	.byte	0x7f
	.byte	0
	.uleb128 0x1c
	.long	.LASF79
	.byte	0x1
	.byte	0x13
	.byte	0xd
	.long	0x5b
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x57b
	.uleb128 0x1d
	.string	"in"
	.byte	0x1
	.byte	0x13
	.byte	0x1d
	.long	0x2a2
	.uleb128 0x3
	.byte	0x91
	.sleb128 -136
	.uleb128 0xf
	.long	.LASF69
	.byte	0x13
	.byte	0x25
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -140
	.uleb128 0xb
	.long	.LASF70
	.byte	0x15
	.byte	0x7
	.long	0x57b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x5
	.string	"sum"
	.byte	0x16
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x5
	.string	"v"
	.byte	0x17
	.byte	0x6
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -116
	.byte	0
	.uleb128 0x9
	.long	0x9e
	.long	0x58b
	.uleb128 0xa
	.long	0x3f
	.byte	0x3f
	.byte	0
	.uleb128 0x1e
	.long	.LASF80
	.byte	0x1
	.byte	0xc
	.byte	0xd
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x5
	.string	"ts"
	.byte	0xe
	.byte	0x12
	.long	0x2b3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x5
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
	.uleb128 0x10
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x6e
	.uleb128 0xe
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
.LASF70:
	.string	"word"
.LASF52:
	.string	"tv_nsec"
.LASF71:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF61:
	.string	"fopen"
.LASF49:
	.string	"_IO_FILE"
.LASF51:
	.string	"tv_sec"
.LASF26:
	.string	"_IO_save_end"
.LASF7:
	.string	"short int"
.LASF14:
	.string	"size_t"
.LASF36:
	.string	"_offset"
.LASF78:
	.string	"main"
.LASF20:
	.string	"_IO_write_ptr"
.LASF15:
	.string	"_flags"
.LASF12:
	.string	"__syscall_slong_t"
.LASF22:
	.string	"_IO_buf_base"
.LASF27:
	.string	"_markers"
.LASF17:
	.string	"_IO_read_end"
.LASF28:
	.string	"_chain"
.LASF40:
	.string	"_freeres_buf"
.LASF55:
	.string	"fgets"
.LASF73:
	.string	"rand"
.LASF76:
	.string	"__isoc99_fscanf"
.LASF80:
	.string	"pace"
.LASF48:
	.string	"long long int"
.LASF35:
	.string	"_lock"
.LASF8:
	.string	"long int"
.LASF59:
	.string	"printf"
.LASF56:
	.string	"strtol"
.LASF32:
	.string	"_cur_column"
.LASF68:
	.string	"line"
.LASF60:
	.string	"fprintf"
.LASF65:
	.string	"argv"
.LASF33:
	.string	"_vtable_offset"
.LASF31:
	.string	"_old_offset"
.LASF54:
	.string	"long double"
.LASF77:
	.string	"popcorn_check_migrate"
.LASF2:
	.string	"unsigned char"
.LASF64:
	.string	"argc"
.LASF57:
	.string	"strchr"
.LASF6:
	.string	"signed char"
.LASF37:
	.string	"_codecvt"
.LASF53:
	.string	"long long unsigned int"
.LASF4:
	.string	"unsigned int"
.LASF45:
	.string	"_IO_marker"
.LASF34:
	.string	"_shortbuf"
.LASF19:
	.string	"_IO_write_base"
.LASF43:
	.string	"_unused2"
.LASF16:
	.string	"_IO_read_ptr"
.LASF23:
	.string	"_IO_buf_end"
.LASF13:
	.string	"char"
.LASF63:
	.string	"nanosleep"
.LASF75:
	.string	"fscanf"
.LASF62:
	.string	"strlen"
.LASF38:
	.string	"_wide_data"
.LASF39:
	.string	"_freeres_list"
.LASF10:
	.string	"__off64_t"
.LASF58:
	.string	"fclose"
.LASF41:
	.string	"__pad5"
.LASF3:
	.string	"short unsigned int"
.LASF5:
	.string	"long unsigned int"
.LASF21:
	.string	"_IO_write_end"
.LASF11:
	.string	"__time_t"
.LASF42:
	.string	"_mode"
.LASF29:
	.string	"_fileno"
.LASF66:
	.string	"draws"
.LASF47:
	.string	"_IO_wide_data"
.LASF69:
	.string	"lines"
.LASF9:
	.string	"__off_t"
.LASF25:
	.string	"_IO_backup_base"
.LASF30:
	.string	"_flags2"
.LASF46:
	.string	"_IO_codecvt"
.LASF18:
	.string	"_IO_read_base"
.LASF67:
	.string	"check"
.LASF50:
	.string	"timespec"
.LASF24:
	.string	"_IO_save_base"
.LASF44:
	.string	"FILE"
.LASF74:
	.string	"srand"
.LASF79:
	.string	"read_some"
.LASF72:
	.string	"_IO_lock_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/libcstate"
.LASF0:
	.string	"libcstate.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
