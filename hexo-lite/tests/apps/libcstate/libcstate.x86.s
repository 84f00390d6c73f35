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
	.loc 1 15 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 16 18
	movq	$0, -16(%rbp)
	movq	$80000000, -8(%rbp)
	.loc 1 18 2
	leaq	-16(%rbp), %rax
	movl	$0, %esi
	movq	%rax, %rdi
	call	nanosleep@PLT
	.loc 1 19 1
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
	.loc 1 22 1
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
	.loc 1 24 7
	movq	$0, -24(%rbp)
	.loc 1 27 2
	call	popcorn_check_migrate@PLT
	.loc 1 28 8
	jmp	.L3
.L5:
	.loc 1 29 12
	movl	-100(%rbp), %eax
	movslq	%eax, %rbx
	.loc 1 29 20
	leaq	-96(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	.loc 1 29 12
	addq	%rbx, %rax
	.loc 1 29 7
	addq	%rax, -24(%rbp)
.L3:
	.loc 1 28 14
	movl	-124(%rbp), %eax
	leal	-1(%rax), %edx
	movl	%edx, -124(%rbp)
	.loc 1 28 21
	testl	%eax, %eax
	jle	.L4
	.loc 1 28 24 discriminator 1
	leaq	-96(%rbp), %rcx
	leaq	-100(%rbp), %rdx
	movq	-120(%rbp), %rax
	leaq	.LC0(%rip), %rsi
	movq	%rax, %rdi
	movl	$0, %eax
	call	__isoc99_fscanf@PLT
	.loc 1 28 21 discriminator 1
	cmpl	$2, %eax
	je	.L5
.L4:
	.loc 1 30 9
	movq	-24(%rbp), %rax
	.loc 1 31 1
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
	.section	.rodata.hexolit.ba7f0f61f3f566e6.0,"a"
	.align 8
.LC6:
	.string	"libcstate: cannot stat the input"
	.section	.rodata
	.section	.rodata.hexolit.e64cf03163791481.0,"a"
.LC7:
	.string	"%d %d %ld\n"
	.section	.rodata
	.section	.rodata.hexolit.748ccae68cac144f.0,"a"
	.align 8
.LC8:
	.string	"round %d: rand %d input %ld of %ld bytes (regular %d)\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
.LC9:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
.LC10:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.9e0067947bd01704.0,"a"
.LC11:
	.string	"libcstate: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.globl	main
	.type	main, @function
main:
.LFB8:
	.loc 1 34 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$352, %rsp
	movl	%edi, -340(%rbp)
	movq	%rsi, -352(%rbp)
	.loc 1 35 13
	cmpl	$1, -340(%rbp)
	jle	.L8
	.loc 1 35 13 is_stmt 0 discriminator 1
	movq	-352(%rbp), %rax
	movq	8(%rax), %rax
	jmp	.L9
.L8:
	.loc 1 35 13 discriminator 2
	leaq	.LC1(%rip), %rax
.L9:
	.loc 1 35 13 discriminator 4
	leaq	.LC2(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -40(%rbp)
	.loc 1 36 14 is_stmt 1 discriminator 4
	leaq	.LC3(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -48(%rbp)
	.loc 1 37 7 discriminator 4
	movq	$0, -8(%rbp)
	.loc 1 37 16 discriminator 4
	movq	$0, -16(%rbp)
	.loc 1 37 27 discriminator 4
	movq	$0, -24(%rbp)
	.loc 1 42 5 discriminator 4
	cmpq	$0, -40(%rbp)
	je	.L10
	.loc 1 42 10 discriminator 1
	cmpq	$0, -48(%rbp)
	jne	.L11
.L10:
	.loc 1 43 3
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	puts@PLT
	.loc 1 44 10
	movl	$1, %eax
	jmp	.L12
.L11:
	.loc 1 46 6
	cmpl	$1, -340(%rbp)
	jle	.L13
	.loc 1 46 6 is_stmt 0 discriminator 1
	movq	-352(%rbp), %rax
	movq	8(%rax), %rax
	jmp	.L14
.L13:
	.loc 1 46 6 discriminator 2
	leaq	.LC1(%rip), %rax
.L14:
	.loc 1 46 6 discriminator 4
	leaq	-336(%rbp), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	stat@PLT
	.loc 1 46 5 is_stmt 1 discriminator 4
	testl	%eax, %eax
	jns	.L15
	.loc 1 47 3
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	call	puts@PLT
	.loc 1 48 10
	movl	$1, %eax
	jmp	.L12
.L15:
	.loc 1 50 2
	movl	$2024, %edi
	call	srand@PLT
	.loc 1 51 9
	movl	$0, -28(%rbp)
	.loc 1 51 2
	jmp	.L16
.L17:
.LBB2:
	.loc 1 54 3 discriminator 3
	call	popcorn_check_migrate@PLT
	.loc 1 55 3 discriminator 3
	call	pace
	.loc 1 56 7 discriminator 3
	call	rand@PLT
	.loc 1 56 5 discriminator 3
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
	.loc 1 57 9 discriminator 3
	movl	-52(%rbp), %eax
	cltq
	addq	%rax, -16(%rbp)
	.loc 1 58 10 discriminator 3
	movq	-40(%rbp), %rax
	movl	$4, %esi
	movq	%rax, %rdi
	call	read_some
	.loc 1 58 7 discriminator 3
	addq	%rax, -8(%rbp)
	.loc 1 59 3 discriminator 3
	movq	-8(%rbp), %rsi
	movl	-52(%rbp), %ecx
	movl	-28(%rbp), %edx
	movq	-48(%rbp), %rax
	movq	%rsi, %r8
	leaq	.LC7(%rip), %rsi
	movq	%rax, %rdi
	movl	$0, %eax
	call	fprintf@PLT
	.loc 1 61 10 discriminator 3
	movl	-312(%rbp), %eax
	andl	$61440, %eax
	.loc 1 60 3 discriminator 3
	cmpl	$32768, %eax
	sete	%al
	movzbl	%al, %edi
	.loc 1 60 88 discriminator 3
	movq	-288(%rbp), %rsi
	.loc 1 60 3 discriminator 3
	movq	-8(%rbp), %rcx
	movl	-52(%rbp), %edx
	movl	-28(%rbp), %eax
	movl	%edi, %r9d
	movq	%rsi, %r8
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.LBE2:
	.loc 1 51 23 discriminator 3
	addl	$1, -28(%rbp)
.L16:
	.loc 1 51 16 discriminator 1
	cmpl	$9, -28(%rbp)
	jle	.L17
	.loc 1 63 2
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
	.loc 1 64 2
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
	.loc 1 65 8
	leaq	.LC2(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	fopen@PLT
	movq	%rax, -48(%rbp)
	.loc 1 66 9
	movl	$0, -28(%rbp)
	.loc 1 66 2
	jmp	.L18
.L20:
	.loc 1 67 19 discriminator 4
	leaq	-192(%rbp), %rax
	movl	$32, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	.loc 1 67 37 discriminator 4
	addq	$1, %rax
	.loc 1 67 12 discriminator 4
	movl	$10, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	strtol@PLT
	.loc 1 67 9 discriminator 4
	addq	%rax, -24(%rbp)
	.loc 1 66 54 discriminator 4
	addl	$1, -28(%rbp)
.L18:
	.loc 1 66 18 discriminator 1
	cmpq	$0, -48(%rbp)
	je	.L19
	.loc 1 66 21 discriminator 3
	movq	-48(%rbp), %rdx
	leaq	-192(%rbp), %rax
	movl	$128, %esi
	movq	%rax, %rdi
	call	fgets@PLT
	.loc 1 66 18 discriminator 3
	testq	%rax, %rax
	jne	.L20
.L19:
	.loc 1 68 5
	cmpq	$0, -48(%rbp)
	je	.L21
	.loc 1 69 3
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	fclose@PLT
.L21:
	.loc 1 70 2
	cmpl	$10, -28(%rbp)
	jne	.L22
	.loc 1 70 36 discriminator 1
	movq	-24(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jne	.L22
	.loc 1 70 54 discriminator 3
	cmpq	$5179, -16(%rbp)
	jne	.L22
	.loc 1 70 71 discriminator 5
	cmpq	$18231, -8(%rbp)
	jne	.L22
	.loc 1 70 2 discriminator 7
	leaq	.LC9(%rip), %rax
	jmp	.L23
.L22:
	.loc 1 70 2 is_stmt 0 discriminator 8
	leaq	.LC10(%rip), %rax
.L23:
	.loc 1 70 2 discriminator 10
	movq	%rax, %rsi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	.loc 1 71 9 is_stmt 1 discriminator 10
	movl	$0, %eax
.L12:
	.loc 1 72 1
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
	.file 7 "/usr/include/x86_64-linux-gnu/bits/struct_stat.h"
	.file 8 "/usr/include/stdio.h"
	.file 9 "/usr/include/stdlib.h"
	.file 10 "/usr/include/string.h"
	.file 11 "/usr/include/x86_64-linux-gnu/sys/stat.h"
	.file 12 "/usr/include/time.h"
	.file 13 "/tmp/lp/x86_64-hermit/include/hermit/migration.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x723
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x12
	.long	.LASF95
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL0
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.long	.LASF2
	.uleb128 0x5
	.byte	0x2
	.byte	0x7
	.long	.LASF3
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.long	.LASF5
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.long	.LASF6
	.uleb128 0x5
	.byte	0x2
	.byte	0x5
	.long	.LASF7
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.long	.LASF8
	.uleb128 0x3
	.long	.LASF9
	.byte	0x2
	.byte	0x91
	.byte	0x19
	.long	0x3f
	.uleb128 0x3
	.long	.LASF10
	.byte	0x2
	.byte	0x92
	.byte	0x19
	.long	0x38
	.uleb128 0x3
	.long	.LASF11
	.byte	0x2
	.byte	0x93
	.byte	0x19
	.long	0x38
	.uleb128 0x3
	.long	.LASF12
	.byte	0x2
	.byte	0x94
	.byte	0x19
	.long	0x3f
	.uleb128 0x3
	.long	.LASF13
	.byte	0x2
	.byte	0x96
	.byte	0x1a
	.long	0x38
	.uleb128 0x3
	.long	.LASF14
	.byte	0x2
	.byte	0x97
	.byte	0x1b
	.long	0x3f
	.uleb128 0x3
	.long	.LASF15
	.byte	0x2
	.byte	0x98
	.byte	0x19
	.long	0x5b
	.uleb128 0x3
	.long	.LASF16
	.byte	0x2
	.byte	0x99
	.byte	0x1b
	.long	0x5b
	.uleb128 0x3
	.long	.LASF17
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.long	0x5b
	.uleb128 0x14
	.byte	0x8
	.uleb128 0x3
	.long	.LASF18
	.byte	0x2
	.byte	0xaf
	.byte	0x1d
	.long	0x5b
	.uleb128 0x3
	.long	.LASF19
	.byte	0x2
	.byte	0xb4
	.byte	0x1c
	.long	0x5b
	.uleb128 0x3
	.long	.LASF20
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.long	0x5b
	.uleb128 0x4
	.long	0xfe
	.uleb128 0x8
	.long	0xf4
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.long	.LASF21
	.uleb128 0x11
	.long	0xfe
	.uleb128 0x3
	.long	.LASF22
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.long	0x3f
	.uleb128 0xd
	.long	.LASF57
	.byte	0xd8
	.byte	0x4
	.byte	0x31
	.long	0x29c
	.uleb128 0x1
	.long	.LASF23
	.byte	0x4
	.byte	0x33
	.byte	0x7
	.long	0x54
	.byte	0
	.uleb128 0x1
	.long	.LASF24
	.byte	0x4
	.byte	0x36
	.byte	0x9
	.long	0xf4
	.byte	0x8
	.uleb128 0x1
	.long	.LASF25
	.byte	0x4
	.byte	0x37
	.byte	0x9
	.long	0xf4
	.byte	0x10
	.uleb128 0x1
	.long	.LASF26
	.byte	0x4
	.byte	0x38
	.byte	0x9
	.long	0xf4
	.byte	0x18
	.uleb128 0x1
	.long	.LASF27
	.byte	0x4
	.byte	0x39
	.byte	0x9
	.long	0xf4
	.byte	0x20
	.uleb128 0x1
	.long	.LASF28
	.byte	0x4
	.byte	0x3a
	.byte	0x9
	.long	0xf4
	.byte	0x28
	.uleb128 0x1
	.long	.LASF29
	.byte	0x4
	.byte	0x3b
	.byte	0x9
	.long	0xf4
	.byte	0x30
	.uleb128 0x1
	.long	.LASF30
	.byte	0x4
	.byte	0x3c
	.byte	0x9
	.long	0xf4
	.byte	0x38
	.uleb128 0x1
	.long	.LASF31
	.byte	0x4
	.byte	0x3d
	.byte	0x9
	.long	0xf4
	.byte	0x40
	.uleb128 0x1
	.long	.LASF32
	.byte	0x4
	.byte	0x40
	.byte	0x9
	.long	0xf4
	.byte	0x48
	.uleb128 0x1
	.long	.LASF33
	.byte	0x4
	.byte	0x41
	.byte	0x9
	.long	0xf4
	.byte	0x50
	.uleb128 0x1
	.long	.LASF34
	.byte	0x4
	.byte	0x42
	.byte	0x9
	.long	0xf4
	.byte	0x58
	.uleb128 0x1
	.long	.LASF35
	.byte	0x4
	.byte	0x44
	.byte	0x16
	.long	0x2b5
	.byte	0x60
	.uleb128 0x1
	.long	.LASF36
	.byte	0x4
	.byte	0x46
	.byte	0x14
	.long	0x2ba
	.byte	0x68
	.uleb128 0x1
	.long	.LASF37
	.byte	0x4
	.byte	0x48
	.byte	0x7
	.long	0x54
	.byte	0x70
	.uleb128 0x1
	.long	.LASF38
	.byte	0x4
	.byte	0x49
	.byte	0x7
	.long	0x54
	.byte	0x74
	.uleb128 0x1
	.long	.LASF39
	.byte	0x4
	.byte	0x4a
	.byte	0xb
	.long	0xaa
	.byte	0x78
	.uleb128 0x1
	.long	.LASF40
	.byte	0x4
	.byte	0x4d
	.byte	0x12
	.long	0x31
	.byte	0x80
	.uleb128 0x1
	.long	.LASF41
	.byte	0x4
	.byte	0x4e
	.byte	0xf
	.long	0x46
	.byte	0x82
	.uleb128 0x1
	.long	.LASF42
	.byte	0x4
	.byte	0x4f
	.byte	0x8
	.long	0x2bf
	.byte	0x83
	.uleb128 0x1
	.long	.LASF43
	.byte	0x4
	.byte	0x51
	.byte	0xf
	.long	0x2cf
	.byte	0x88
	.uleb128 0x1
	.long	.LASF44
	.byte	0x4
	.byte	0x59
	.byte	0xd
	.long	0xb6
	.byte	0x90
	.uleb128 0x1
	.long	.LASF45
	.byte	0x4
	.byte	0x5b
	.byte	0x17
	.long	0x2d9
	.byte	0x98
	.uleb128 0x1
	.long	.LASF46
	.byte	0x4
	.byte	0x5c
	.byte	0x19
	.long	0x2e3
	.byte	0xa0
	.uleb128 0x1
	.long	.LASF47
	.byte	0x4
	.byte	0x5d
	.byte	0x14
	.long	0x2ba
	.byte	0xa8
	.uleb128 0x1
	.long	.LASF48
	.byte	0x4
	.byte	0x5e
	.byte	0x9
	.long	0xce
	.byte	0xb0
	.uleb128 0x1
	.long	.LASF49
	.byte	0x4
	.byte	0x5f
	.byte	0xa
	.long	0x10a
	.byte	0xb8
	.uleb128 0x1
	.long	.LASF50
	.byte	0x4
	.byte	0x60
	.byte	0x7
	.long	0x54
	.byte	0xc0
	.uleb128 0x1
	.long	.LASF51
	.byte	0x4
	.byte	0x62
	.byte	0x8
	.long	0x2e8
	.byte	0xc4
	.byte	0
	.uleb128 0x3
	.long	.LASF52
	.byte	0x5
	.byte	0x7
	.byte	0x19
	.long	0x116
	.uleb128 0x15
	.long	.LASF96
	.byte	0x4
	.byte	0x2b
	.byte	0xe
	.uleb128 0xe
	.long	.LASF53
	.uleb128 0x4
	.long	0x2b0
	.uleb128 0x4
	.long	0x116
	.uleb128 0x9
	.long	0xfe
	.long	0x2cf
	.uleb128 0xa
	.long	0x3f
	.byte	0
	.byte	0
	.uleb128 0x4
	.long	0x2a8
	.uleb128 0xe
	.long	.LASF54
	.uleb128 0x4
	.long	0x2d4
	.uleb128 0xe
	.long	.LASF55
	.uleb128 0x4
	.long	0x2de
	.uleb128 0x9
	.long	0xfe
	.long	0x2f8
	.uleb128 0xa
	.long	0x3f
	.byte	0x13
	.byte	0
	.uleb128 0x4
	.long	0x105
	.uleb128 0x8
	.long	0x2f8
	.uleb128 0x4
	.long	0x29c
	.uleb128 0x8
	.long	0x302
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.long	.LASF56
	.uleb128 0xd
	.long	.LASF58
	.byte	0x10
	.byte	0x6
	.byte	0xb
	.long	0x33a
	.uleb128 0x1
	.long	.LASF59
	.byte	0x6
	.byte	0x10
	.byte	0xc
	.long	0xc2
	.byte	0
	.uleb128 0x1
	.long	.LASF60
	.byte	0x6
	.byte	0x15
	.byte	0x15
	.long	0xe8
	.byte	0x8
	.byte	0
	.uleb128 0x11
	.long	0x313
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.long	.LASF61
	.uleb128 0xd
	.long	.LASF62
	.byte	0x90
	.byte	0x7
	.byte	0x1a
	.long	0x416
	.uleb128 0x1
	.long	.LASF63
	.byte	0x7
	.byte	0x1f
	.byte	0xd
	.long	0x62
	.byte	0
	.uleb128 0x1
	.long	.LASF64
	.byte	0x7
	.byte	0x24
	.byte	0xd
	.long	0x86
	.byte	0x8
	.uleb128 0x1
	.long	.LASF65
	.byte	0x7
	.byte	0x2c
	.byte	0xf
	.long	0x9e
	.byte	0x10
	.uleb128 0x1
	.long	.LASF66
	.byte	0x7
	.byte	0x2d
	.byte	0xe
	.long	0x92
	.byte	0x18
	.uleb128 0x1
	.long	.LASF67
	.byte	0x7
	.byte	0x2f
	.byte	0xd
	.long	0x6e
	.byte	0x1c
	.uleb128 0x1
	.long	.LASF68
	.byte	0x7
	.byte	0x30
	.byte	0xd
	.long	0x7a
	.byte	0x20
	.uleb128 0x1
	.long	.LASF69
	.byte	0x7
	.byte	0x32
	.byte	0x9
	.long	0x54
	.byte	0x24
	.uleb128 0x1
	.long	.LASF70
	.byte	0x7
	.byte	0x34
	.byte	0xd
	.long	0x62
	.byte	0x28
	.uleb128 0x1
	.long	.LASF71
	.byte	0x7
	.byte	0x39
	.byte	0xd
	.long	0xaa
	.byte	0x30
	.uleb128 0x1
	.long	.LASF72
	.byte	0x7
	.byte	0x3d
	.byte	0x11
	.long	0xd0
	.byte	0x38
	.uleb128 0x1
	.long	.LASF73
	.byte	0x7
	.byte	0x3f
	.byte	0x10
	.long	0xdc
	.byte	0x40
	.uleb128 0x1
	.long	.LASF74
	.byte	0x7
	.byte	0x4a
	.byte	0x15
	.long	0x313
	.byte	0x48
	.uleb128 0x1
	.long	.LASF75
	.byte	0x7
	.byte	0x4b
	.byte	0x15
	.long	0x313
	.byte	0x58
	.uleb128 0x1
	.long	.LASF76
	.byte	0x7
	.byte	0x4c
	.byte	0x15
	.long	0x313
	.byte	0x68
	.uleb128 0x1
	.long	.LASF77
	.byte	0x7
	.byte	0x59
	.byte	0x17
	.long	0x416
	.byte	0x78
	.byte	0
	.uleb128 0x9
	.long	0xe8
	.long	0x426
	.uleb128 0xa
	.long	0x3f
	.byte	0x2
	.byte	0
	.uleb128 0x5
	.byte	0x10
	.byte	0x4
	.long	.LASF78
	.uleb128 0x7
	.long	.LASF79
	.byte	0x8
	.value	0x250
	.byte	0xe
	.long	0xf4
	.long	0x44e
	.uleb128 0x2
	.long	0xf9
	.uleb128 0x2
	.long	0x54
	.uleb128 0x2
	.long	0x307
	.byte	0
	.uleb128 0xb
	.long	.LASF80
	.byte	0x9
	.byte	0xb1
	.byte	0x11
	.long	0x5b
	.long	0x46e
	.uleb128 0x2
	.long	0x2fd
	.uleb128 0x2
	.long	0x473
	.uleb128 0x2
	.long	0x54
	.byte	0
	.uleb128 0x4
	.long	0xf4
	.uleb128 0x8
	.long	0x46e
	.uleb128 0xb
	.long	.LASF81
	.byte	0xa
	.byte	0xf6
	.byte	0xe
	.long	0xf4
	.long	0x493
	.uleb128 0x2
	.long	0x2f8
	.uleb128 0x2
	.long	0x54
	.byte	0
	.uleb128 0xb
	.long	.LASF82
	.byte	0x8
	.byte	0xb2
	.byte	0xc
	.long	0x54
	.long	0x4a9
	.uleb128 0x2
	.long	0x302
	.byte	0
	.uleb128 0x7
	.long	.LASF83
	.byte	0x8
	.value	0x164
	.byte	0xc
	.long	0x54
	.long	0x4c1
	.uleb128 0x2
	.long	0x2f8
	.uleb128 0xf
	.byte	0
	.uleb128 0x7
	.long	.LASF84
	.byte	0x8
	.value	0x15e
	.byte	0xc
	.long	0x54
	.long	0x4de
	.uleb128 0x2
	.long	0x307
	.uleb128 0x2
	.long	0x2fd
	.uleb128 0xf
	.byte	0
	.uleb128 0x16
	.long	.LASF97
	.byte	0x9
	.value	0x1c6
	.byte	0xc
	.long	0x54
	.uleb128 0x17
	.long	.LASF98
	.byte	0x9
	.value	0x1c8
	.byte	0xd
	.long	0x4fe
	.uleb128 0x2
	.long	0x38
	.byte	0
	.uleb128 0xb
	.long	.LASF62
	.byte	0xb
	.byte	0xcd
	.byte	0xc
	.long	0x54
	.long	0x519
	.uleb128 0x2
	.long	0x2fd
	.uleb128 0x2
	.long	0x51e
	.byte	0
	.uleb128 0x4
	.long	0x346
	.uleb128 0x8
	.long	0x519
	.uleb128 0x7
	.long	.LASF85
	.byte	0x8
	.value	0x102
	.byte	0xe
	.long	0x302
	.long	0x53f
	.uleb128 0x2
	.long	0x2fd
	.uleb128 0x2
	.long	0x2fd
	.byte	0
	.uleb128 0x18
	.long	.LASF99
	.byte	0x8
	.value	0x1b2
	.byte	0xc
	.long	.LASF100
	.long	0x54
	.long	0x560
	.uleb128 0x2
	.long	0x307
	.uleb128 0x2
	.long	0x2fd
	.uleb128 0xf
	.byte	0
	.uleb128 0x7
	.long	.LASF86
	.byte	0xa
	.value	0x197
	.byte	0xf
	.long	0x10a
	.long	0x577
	.uleb128 0x2
	.long	0x2f8
	.byte	0
	.uleb128 0x19
	.long	.LASF101
	.byte	0xd
	.byte	0x14
	.byte	0x6
	.uleb128 0x7
	.long	.LASF87
	.byte	0xc
	.value	0x119
	.byte	0xc
	.long	0x54
	.long	0x59b
	.uleb128 0x2
	.long	0x59b
	.uleb128 0x2
	.long	0x5a0
	.byte	0
	.uleb128 0x4
	.long	0x33a
	.uleb128 0x4
	.long	0x313
	.uleb128 0x1a
	.long	.LASF102
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.long	0x54
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x673
	.uleb128 0x10
	.long	.LASF88
	.byte	0x21
	.byte	0xe
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -356
	.uleb128 0x10
	.long	.LASF89
	.byte	0x21
	.byte	0x1b
	.long	0x46e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -368
	.uleb128 0x6
	.string	"in"
	.byte	0x23
	.byte	0x8
	.long	0x302
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x6
	.string	"out"
	.byte	0x24
	.byte	0x8
	.long	0x302
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x6
	.string	"sum"
	.byte	0x25
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.long	.LASF90
	.byte	0x25
	.byte	0x10
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0xc
	.long	.LASF91
	.byte	0x25
	.byte	0x1b
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0xc
	.long	.LASF92
	.byte	0x26
	.byte	0x7
	.long	0x673
	.uleb128 0x3
	.byte	0x91
	.sleb128 -208
	.uleb128 0x6
	.string	"st"
	.byte	0x27
	.byte	0xe
	.long	0x346
	.uleb128 0x3
	.byte	0x91
	.sleb128 -352
	.uleb128 0x6
	.string	"i"
	.byte	0x28
	.byte	0x6
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x1b
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x6
	.string	"r"
	.byte	0x34
	.byte	0x7
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -68
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0xfe
	.long	0x683
	.uleb128 0xa
	.long	0x3f
	.byte	0x7f
	.byte	0
	.uleb128 0x1c
	.long	.LASF103
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.long	0x5b
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x6ee
	.uleb128 0x1d
	.string	"in"
	.byte	0x1
	.byte	0x15
	.byte	0x1d
	.long	0x302
	.uleb128 0x3
	.byte	0x91
	.sleb128 -136
	.uleb128 0x10
	.long	.LASF93
	.byte	0x15
	.byte	0x25
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -140
	.uleb128 0xc
	.long	.LASF94
	.byte	0x17
	.byte	0x7
	.long	0x6ee
	.uleb128 0x3
	.byte	0x91
	.sleb128 -112
	.uleb128 0x6
	.string	"sum"
	.byte	0x18
	.byte	0x7
	.long	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x6
	.string	"v"
	.byte	0x19
	.byte	0x6
	.long	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -116
	.byte	0
	.uleb128 0x9
	.long	0xfe
	.long	0x6fe
	.uleb128 0xa
	.long	0x3f
	.byte	0x3f
	.byte	0
	.uleb128 0x1e
	.long	.LASF104
	.byte	0x1
	.byte	0xe
	.byte	0xd
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.string	"ts"
	.byte	0x10
	.byte	0x12
	.long	0x313
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
	.uleb128 0x6
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
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
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
.LASF94:
	.string	"word"
.LASF60:
	.string	"tv_nsec"
.LASF95:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF85:
	.string	"fopen"
.LASF71:
	.string	"st_size"
.LASF26:
	.string	"_IO_read_base"
.LASF57:
	.string	"_IO_FILE"
.LASF59:
	.string	"tv_sec"
.LASF34:
	.string	"_IO_save_end"
.LASF13:
	.string	"__mode_t"
.LASF22:
	.string	"size_t"
.LASF44:
	.string	"_offset"
.LASF102:
	.string	"main"
.LASF28:
	.string	"_IO_write_ptr"
.LASF23:
	.string	"_flags"
.LASF20:
	.string	"__syscall_slong_t"
.LASF63:
	.string	"st_dev"
.LASF38:
	.string	"_flags2"
.LASF30:
	.string	"_IO_buf_base"
.LASF65:
	.string	"st_nlink"
.LASF70:
	.string	"st_rdev"
.LASF7:
	.string	"short int"
.LASF35:
	.string	"_markers"
.LASF25:
	.string	"_IO_read_end"
.LASF36:
	.string	"_chain"
.LASF48:
	.string	"_freeres_buf"
.LASF9:
	.string	"__dev_t"
.LASF97:
	.string	"rand"
.LASF100:
	.string	"__isoc99_fscanf"
.LASF104:
	.string	"pace"
.LASF72:
	.string	"st_blksize"
.LASF56:
	.string	"long long int"
.LASF68:
	.string	"st_gid"
.LASF43:
	.string	"_lock"
.LASF79:
	.string	"fgets"
.LASF8:
	.string	"long int"
.LASF83:
	.string	"printf"
.LASF14:
	.string	"__nlink_t"
.LASF40:
	.string	"_cur_column"
.LASF92:
	.string	"line"
.LASF84:
	.string	"fprintf"
.LASF76:
	.string	"st_ctim"
.LASF89:
	.string	"argv"
.LASF2:
	.string	"unsigned char"
.LASF41:
	.string	"_vtable_offset"
.LASF39:
	.string	"_old_offset"
.LASF78:
	.string	"long double"
.LASF101:
	.string	"popcorn_check_migrate"
.LASF64:
	.string	"st_ino"
.LASF88:
	.string	"argc"
.LASF81:
	.string	"strchr"
.LASF6:
	.string	"signed char"
.LASF45:
	.string	"_codecvt"
.LASF61:
	.string	"long long unsigned int"
.LASF4:
	.string	"unsigned int"
.LASF53:
	.string	"_IO_marker"
.LASF42:
	.string	"_shortbuf"
.LASF69:
	.string	"__pad0"
.LASF27:
	.string	"_IO_write_base"
.LASF51:
	.string	"_unused2"
.LASF24:
	.string	"_IO_read_ptr"
.LASF18:
	.string	"__blksize_t"
.LASF49:
	.string	"__pad5"
.LASF31:
	.string	"_IO_buf_end"
.LASF21:
	.string	"char"
.LASF99:
	.string	"fscanf"
.LASF86:
	.string	"strlen"
.LASF46:
	.string	"_wide_data"
.LASF47:
	.string	"_freeres_list"
.LASF16:
	.string	"__off64_t"
.LASF82:
	.string	"fclose"
.LASF73:
	.string	"st_blocks"
.LASF75:
	.string	"st_mtim"
.LASF12:
	.string	"__ino_t"
.LASF74:
	.string	"st_atim"
.LASF67:
	.string	"st_uid"
.LASF3:
	.string	"short unsigned int"
.LASF5:
	.string	"long unsigned int"
.LASF80:
	.string	"strtol"
.LASF29:
	.string	"_IO_write_end"
.LASF17:
	.string	"__time_t"
.LASF50:
	.string	"_mode"
.LASF37:
	.string	"_fileno"
.LASF90:
	.string	"draws"
.LASF55:
	.string	"_IO_wide_data"
.LASF93:
	.string	"lines"
.LASF15:
	.string	"__off_t"
.LASF33:
	.string	"_IO_backup_base"
.LASF77:
	.string	"__glibc_reserved"
.LASF54:
	.string	"_IO_codecvt"
.LASF87:
	.string	"nanosleep"
.LASF91:
	.string	"check"
.LASF58:
	.string	"timespec"
.LASF10:
	.string	"__uid_t"
.LASF32:
	.string	"_IO_save_base"
.LASF62:
	.string	"stat"
.LASF66:
	.string	"st_mode"
.LASF52:
	.string	"FILE"
.LASF98:
	.string	"srand"
.LASF103:
	.string	"read_some"
.LASF19:
	.string	"__blkcnt_t"
.LASF96:
	.string	"_IO_lock_t"
.LASF11:
	.string	"__gid_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/libcstate"
.LASF0:
	.string	"libcstate.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
