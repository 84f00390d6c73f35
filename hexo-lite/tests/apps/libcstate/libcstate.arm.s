	.arch armv8-a
	.file	"libcstate.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/libcstate" "libcstate.c"
	.section	.text.pace,"ax",@progbits
	.align	2
	.type	pace, %function
pace:
.LFB6:
	.file 1 "libcstate.c"
	.loc 1 15 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 16 18
	str	xzr, [sp, 16]
	mov	x0, 46080
	movk	x0, 0x4c4, lsl 16
	str	x0, [sp, 24]
	.loc 1 18 2
	add	x0, sp, 16
	mov	x1, 0
	bl	nanosleep
	.loc 1 19 1
	nop
	ldp	x29, x30, [sp], 32
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	pace, .-pace
	.section	.rodata
	.section	.rodata.hexolit.fce5bbdfcd572aae.0,"a"
	.align	3
.LC0:
	.string	"%d %63s"
	.section	.rodata
	.section	.text.read_some,"ax",@progbits
	.align	2
	.type	read_some, %function
read_some:
.LFB7:
	.loc 1 22 1
	.cfi_startproc
	stp	x29, x30, [sp, -128]!
	.cfi_def_cfa_offset 128
	.cfi_offset 29, -128
	.cfi_offset 30, -120
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -112
	str	x0, [sp, 40]
	str	w1, [sp, 36]
	.loc 1 24 7
	str	xzr, [sp, 120]
	.loc 1 27 2
	bl	popcorn_check_migrate
	.loc 1 28 8
	b	.L3
.L5:
	.loc 1 29 12
	ldr	w0, [sp, 52]
	sxtw	x19, w0
	.loc 1 29 20
	add	x0, sp, 56
	bl	strlen
	.loc 1 29 12
	add	x0, x19, x0
	.loc 1 29 7
	ldr	x1, [sp, 120]
	add	x0, x1, x0
	str	x0, [sp, 120]
.L3:
	.loc 1 28 14
	ldr	w0, [sp, 36]
	sub	w1, w0, #1
	str	w1, [sp, 36]
	.loc 1 28 21
	cmp	w0, 0
	ble	.L4
	.loc 1 28 24 discriminator 1
	add	x1, sp, 56
	add	x0, sp, 52
	mov	x3, x1
	mov	x2, x0
	adrp	x0, .LC0
	add	x1, x0, :lo12:.LC0
	ldr	x0, [sp, 40]
	bl	__isoc99_fscanf
	.loc 1 28 21 discriminator 1
	cmp	w0, 2
	beq	.L5
.L4:
	.loc 1 30 9
	ldr	x0, [sp, 120]
	.loc 1 31 1
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 128
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	read_some, .-read_some
	.section	.rodata
	.section	.rodata.hexolit.6084a8df3fe752e3.0,"a"
	.align	3
.LC1:
	.string	"input.txt"
	.section	.rodata
	.section	.rodata.hexolit.a0afcec3bc2c1b98.0,"a"
	.align	3
.LC2:
	.string	"r"
	.section	.rodata
	.section	.rodata.hexolit.e881aea7959a1ee9.0,"a"
	.align	3
.LC3:
	.string	"w"
	.section	.rodata
	.section	.rodata.hexolit.846d6dd7efafba48.0,"a"
	.align	3
.LC4:
	.string	"libcstate.out"
	.section	.rodata
	.section	.rodata.hexolit.602514278dea653b.0,"a"
	.align	3
.LC5:
	.string	"libcstate: cannot open input.txt or libcstate.out"
	.section	.rodata
	.section	.rodata.hexolit.ba7f0f61f3f566e6.0,"a"
	.align	3
.LC6:
	.string	"libcstate: cannot stat the input"
	.section	.rodata
	.section	.rodata.hexolit.e64cf03163791481.0,"a"
	.align	3
.LC7:
	.string	"%d %d %ld\n"
	.section	.rodata
	.section	.rodata.hexolit.748ccae68cac144f.0,"a"
	.align	3
.LC8:
	.string	"round %d: rand %d input %ld of %ld bytes (regular %d)\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
	.align	3
.LC9:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
	.align	3
.LC10:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.9e0067947bd01704.0,"a"
	.align	3
.LC11:
	.string	"libcstate: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 34 1
	.cfi_startproc
	stp	x29, x30, [sp, -352]!
	.cfi_def_cfa_offset 352
	.cfi_offset 29, -352
	.cfi_offset 30, -344
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 35 13
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L8
	.loc 1 35 13 is_stmt 0 discriminator 1
	ldr	x0, [sp, 16]
	ldr	x0, [x0, 8]
	b	.L9
.L8:
	.loc 1 35 13 discriminator 2
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
.L9:
	.loc 1 35 13 discriminator 4
	adrp	x1, .LC2
	add	x1, x1, :lo12:.LC2
	bl	fopen
	str	x0, [sp, 312]
	.loc 1 36 14 is_stmt 1 discriminator 4
	adrp	x0, .LC3
	add	x1, x0, :lo12:.LC3
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	fopen
	str	x0, [sp, 304]
	.loc 1 37 7 discriminator 4
	str	xzr, [sp, 344]
	.loc 1 37 16 discriminator 4
	str	xzr, [sp, 336]
	.loc 1 37 27 discriminator 4
	str	xzr, [sp, 328]
	.loc 1 42 5 discriminator 4
	ldr	x0, [sp, 312]
	cmp	x0, 0
	beq	.L10
	.loc 1 42 10 discriminator 1
	ldr	x0, [sp, 304]
	cmp	x0, 0
	bne	.L11
.L10:
	.loc 1 43 3
	adrp	x0, .LC5
	add	x0, x0, :lo12:.LC5
	bl	puts
	.loc 1 44 10
	mov	w0, 1
	b	.L12
.L11:
	.loc 1 46 6
	ldr	w0, [sp, 28]
	cmp	w0, 1
	ble	.L13
	.loc 1 46 6 is_stmt 0 discriminator 1
	ldr	x0, [sp, 16]
	ldr	x0, [x0, 8]
	b	.L14
.L13:
	.loc 1 46 6 discriminator 2
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
.L14:
	.loc 1 46 6 discriminator 4
	add	x1, sp, 40
	bl	stat
	.loc 1 46 5 is_stmt 1 discriminator 4
	cmp	w0, 0
	bge	.L15
	.loc 1 47 3
	adrp	x0, .LC6
	add	x0, x0, :lo12:.LC6
	bl	puts
	.loc 1 48 10
	mov	w0, 1
	b	.L12
.L15:
	.loc 1 50 2
	mov	w0, 2024
	bl	srand
	.loc 1 51 9
	str	wzr, [sp, 324]
	.loc 1 51 2
	b	.L16
.L17:
.LBB2:
	.loc 1 54 3 discriminator 3
	bl	popcorn_check_migrate
	.loc 1 55 3 discriminator 3
	bl	pace
	.loc 1 56 7 discriminator 3
	bl	rand
	.loc 1 56 5 discriminator 3
	mov	w1, 19923
	movk	w1, 0x1062, lsl 16
	smull	x1, w0, w1
	lsr	x1, x1, 32
	asr	w2, w1, 6
	asr	w1, w0, 31
	sub	w2, w2, w1
	mov	w1, 1000
	mul	w1, w2, w1
	sub	w0, w0, w1
	str	w0, [sp, 300]
	.loc 1 57 9 discriminator 3
	ldrsw	x0, [sp, 300]
	ldr	x1, [sp, 336]
	add	x0, x1, x0
	str	x0, [sp, 336]
	.loc 1 58 10 discriminator 3
	mov	w1, 4
	ldr	x0, [sp, 312]
	bl	read_some
	mov	x1, x0
	.loc 1 58 7 discriminator 3
	ldr	x0, [sp, 344]
	add	x0, x0, x1
	str	x0, [sp, 344]
	.loc 1 59 3 discriminator 3
	ldr	x4, [sp, 344]
	ldr	w3, [sp, 300]
	ldr	w2, [sp, 324]
	adrp	x0, .LC7
	add	x1, x0, :lo12:.LC7
	ldr	x0, [sp, 304]
	bl	fprintf
	.loc 1 60 88 discriminator 3
	ldr	x1, [sp, 88]
	.loc 1 61 10 discriminator 3
	ldr	w0, [sp, 56]
	and	w0, w0, 61440
	.loc 1 60 3 discriminator 3
	cmp	w0, 32768
	cset	w0, eq
	and	w0, w0, 255
	mov	w5, w0
	mov	x4, x1
	ldr	x3, [sp, 344]
	ldr	w2, [sp, 300]
	ldr	w1, [sp, 324]
	adrp	x0, .LC8
	add	x0, x0, :lo12:.LC8
	bl	printf
.LBE2:
	.loc 1 51 23 discriminator 3
	ldr	w0, [sp, 324]
	add	w0, w0, 1
	str	w0, [sp, 324]
.L16:
	.loc 1 51 16 discriminator 1
	ldr	w0, [sp, 324]
	cmp	w0, 9
	ble	.L17
	.loc 1 63 2
	ldr	x0, [sp, 312]
	bl	fclose
	.loc 1 64 2
	ldr	x0, [sp, 304]
	bl	fclose
	.loc 1 65 8
	adrp	x0, .LC2
	add	x1, x0, :lo12:.LC2
	adrp	x0, .LC4
	add	x0, x0, :lo12:.LC4
	bl	fopen
	str	x0, [sp, 304]
	.loc 1 66 9
	str	wzr, [sp, 324]
	.loc 1 66 2
	b	.L18
.L20:
	.loc 1 67 19 discriminator 4
	add	x0, sp, 168
	mov	w1, 32
	bl	strchr
	.loc 1 67 37 discriminator 4
	add	x0, x0, 1
	.loc 1 67 12 discriminator 4
	mov	w2, 10
	mov	x1, 0
	bl	strtol
	mov	x1, x0
	.loc 1 67 9 discriminator 4
	ldr	x0, [sp, 328]
	add	x0, x0, x1
	str	x0, [sp, 328]
	.loc 1 66 54 discriminator 4
	ldr	w0, [sp, 324]
	add	w0, w0, 1
	str	w0, [sp, 324]
.L18:
	.loc 1 66 18 discriminator 1
	ldr	x0, [sp, 304]
	cmp	x0, 0
	beq	.L19
	.loc 1 66 21 discriminator 3
	add	x0, sp, 168
	ldr	x2, [sp, 304]
	mov	w1, 128
	bl	fgets
	.loc 1 66 18 discriminator 3
	cmp	x0, 0
	bne	.L20
.L19:
	.loc 1 68 5
	ldr	x0, [sp, 304]
	cmp	x0, 0
	beq	.L21
	.loc 1 69 3
	ldr	x0, [sp, 304]
	bl	fclose
.L21:
	.loc 1 70 2
	ldr	w0, [sp, 324]
	cmp	w0, 10
	bne	.L22
	.loc 1 70 36 discriminator 1
	ldr	x1, [sp, 328]
	ldr	x0, [sp, 336]
	cmp	x1, x0
	bne	.L22
	.loc 1 70 54 discriminator 3
	ldr	x1, [sp, 336]
	mov	x0, 5179
	cmp	x1, x0
	bne	.L22
	.loc 1 70 71 discriminator 5
	ldr	x1, [sp, 344]
	mov	x0, 18231
	cmp	x1, x0
	bne	.L22
	.loc 1 70 2 discriminator 7
	adrp	x0, .LC9
	add	x0, x0, :lo12:.LC9
	b	.L23
.L22:
	.loc 1 70 2 is_stmt 0 discriminator 8
	adrp	x0, .LC10
	add	x0, x0, :lo12:.LC10
.L23:
	.loc 1 70 2 discriminator 10
	mov	x1, x0
	adrp	x0, .LC11
	add	x0, x0, :lo12:.LC11
	bl	printf
	.loc 1 71 9 is_stmt 1 discriminator 10
	mov	w0, 0
.L12:
	.loc 1 72 1
	ldp	x29, x30, [sp], 352
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types/struct_FILE.h"
	.file 5 "/usr/aarch64-linux-gnu/include/bits/types/FILE.h"
	.file 6 "/usr/aarch64-linux-gnu/include/bits/types/struct_timespec.h"
	.file 7 "/usr/aarch64-linux-gnu/include/bits/struct_stat.h"
	.file 8 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 9 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 10 "/usr/aarch64-linux-gnu/include/string.h"
	.file 11 "/usr/aarch64-linux-gnu/include/sys/stat.h"
	.file 12 "/usr/aarch64-linux-gnu/include/time.h"
	.file 13 "/tmp/lp/aarch64-hermit/include/hermit/migration.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x72f
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0x12
	.4byte	.LASF96
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL0
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF2
	.uleb128 0x5
	.byte	0x2
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x5
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x3
	.4byte	.LASF9
	.byte	0x2
	.byte	0x91
	.byte	0x19
	.4byte	0x3f
	.uleb128 0x3
	.4byte	.LASF10
	.byte	0x2
	.byte	0x92
	.byte	0x19
	.4byte	0x38
	.uleb128 0x3
	.4byte	.LASF11
	.byte	0x2
	.byte	0x93
	.byte	0x19
	.4byte	0x38
	.uleb128 0x3
	.4byte	.LASF12
	.byte	0x2
	.byte	0x94
	.byte	0x19
	.4byte	0x3f
	.uleb128 0x3
	.4byte	.LASF13
	.byte	0x2
	.byte	0x96
	.byte	0x1a
	.4byte	0x38
	.uleb128 0x3
	.4byte	.LASF14
	.byte	0x2
	.byte	0x97
	.byte	0x1b
	.4byte	0x38
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x2
	.byte	0x98
	.byte	0x19
	.4byte	0x5b
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x2
	.byte	0x99
	.byte	0x1b
	.4byte	0x5b
	.uleb128 0x8
	.4byte	0x54
	.4byte	0xd2
	.uleb128 0x9
	.4byte	0x3f
	.byte	0x1
	.byte	0
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.4byte	0x5b
	.uleb128 0x14
	.byte	0x8
	.uleb128 0x3
	.4byte	.LASF18
	.byte	0x2
	.byte	0xaf
	.byte	0x1d
	.4byte	0x54
	.uleb128 0x3
	.4byte	.LASF19
	.byte	0x2
	.byte	0xb4
	.byte	0x1c
	.4byte	0x5b
	.uleb128 0x3
	.4byte	.LASF20
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.4byte	0x5b
	.uleb128 0x4
	.4byte	0x10e
	.uleb128 0xa
	.4byte	0x104
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF21
	.uleb128 0x11
	.4byte	0x10e
	.uleb128 0x3
	.4byte	.LASF22
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3f
	.uleb128 0xd
	.4byte	.LASF57
	.byte	0xd8
	.byte	0x4
	.byte	0x31
	.4byte	0x2ac
	.uleb128 0x1
	.4byte	.LASF23
	.byte	0x4
	.byte	0x33
	.byte	0x7
	.4byte	0x54
	.byte	0
	.uleb128 0x1
	.4byte	.LASF24
	.byte	0x4
	.byte	0x36
	.byte	0x9
	.4byte	0x104
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF25
	.byte	0x4
	.byte	0x37
	.byte	0x9
	.4byte	0x104
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF26
	.byte	0x4
	.byte	0x38
	.byte	0x9
	.4byte	0x104
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF27
	.byte	0x4
	.byte	0x39
	.byte	0x9
	.4byte	0x104
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF28
	.byte	0x4
	.byte	0x3a
	.byte	0x9
	.4byte	0x104
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF29
	.byte	0x4
	.byte	0x3b
	.byte	0x9
	.4byte	0x104
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF30
	.byte	0x4
	.byte	0x3c
	.byte	0x9
	.4byte	0x104
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF31
	.byte	0x4
	.byte	0x3d
	.byte	0x9
	.4byte	0x104
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF32
	.byte	0x4
	.byte	0x40
	.byte	0x9
	.4byte	0x104
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF33
	.byte	0x4
	.byte	0x41
	.byte	0x9
	.4byte	0x104
	.byte	0x50
	.uleb128 0x1
	.4byte	.LASF34
	.byte	0x4
	.byte	0x42
	.byte	0x9
	.4byte	0x104
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF35
	.byte	0x4
	.byte	0x44
	.byte	0x16
	.4byte	0x2c5
	.byte	0x60
	.uleb128 0x1
	.4byte	.LASF36
	.byte	0x4
	.byte	0x46
	.byte	0x14
	.4byte	0x2ca
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF37
	.byte	0x4
	.byte	0x48
	.byte	0x7
	.4byte	0x54
	.byte	0x70
	.uleb128 0x1
	.4byte	.LASF38
	.byte	0x4
	.byte	0x49
	.byte	0x7
	.4byte	0x54
	.byte	0x74
	.uleb128 0x1
	.4byte	.LASF39
	.byte	0x4
	.byte	0x4a
	.byte	0xb
	.4byte	0xaa
	.byte	0x78
	.uleb128 0x1
	.4byte	.LASF40
	.byte	0x4
	.byte	0x4d
	.byte	0x12
	.4byte	0x31
	.byte	0x80
	.uleb128 0x1
	.4byte	.LASF41
	.byte	0x4
	.byte	0x4e
	.byte	0xf
	.4byte	0x46
	.byte	0x82
	.uleb128 0x1
	.4byte	.LASF42
	.byte	0x4
	.byte	0x4f
	.byte	0x8
	.4byte	0x2cf
	.byte	0x83
	.uleb128 0x1
	.4byte	.LASF43
	.byte	0x4
	.byte	0x51
	.byte	0xf
	.4byte	0x2df
	.byte	0x88
	.uleb128 0x1
	.4byte	.LASF44
	.byte	0x4
	.byte	0x59
	.byte	0xd
	.4byte	0xb6
	.byte	0x90
	.uleb128 0x1
	.4byte	.LASF45
	.byte	0x4
	.byte	0x5b
	.byte	0x17
	.4byte	0x2e9
	.byte	0x98
	.uleb128 0x1
	.4byte	.LASF46
	.byte	0x4
	.byte	0x5c
	.byte	0x19
	.4byte	0x2f3
	.byte	0xa0
	.uleb128 0x1
	.4byte	.LASF47
	.byte	0x4
	.byte	0x5d
	.byte	0x14
	.4byte	0x2ca
	.byte	0xa8
	.uleb128 0x1
	.4byte	.LASF48
	.byte	0x4
	.byte	0x5e
	.byte	0x9
	.4byte	0xde
	.byte	0xb0
	.uleb128 0x1
	.4byte	.LASF49
	.byte	0x4
	.byte	0x5f
	.byte	0xa
	.4byte	0x11a
	.byte	0xb8
	.uleb128 0x1
	.4byte	.LASF50
	.byte	0x4
	.byte	0x60
	.byte	0x7
	.4byte	0x54
	.byte	0xc0
	.uleb128 0x1
	.4byte	.LASF51
	.byte	0x4
	.byte	0x62
	.byte	0x8
	.4byte	0x2f8
	.byte	0xc4
	.byte	0
	.uleb128 0x3
	.4byte	.LASF52
	.byte	0x5
	.byte	0x7
	.byte	0x19
	.4byte	0x126
	.uleb128 0x15
	.4byte	.LASF97
	.byte	0x4
	.byte	0x2b
	.byte	0xe
	.uleb128 0xe
	.4byte	.LASF53
	.uleb128 0x4
	.4byte	0x2c0
	.uleb128 0x4
	.4byte	0x126
	.uleb128 0x8
	.4byte	0x10e
	.4byte	0x2df
	.uleb128 0x9
	.4byte	0x3f
	.byte	0
	.byte	0
	.uleb128 0x4
	.4byte	0x2b8
	.uleb128 0xe
	.4byte	.LASF54
	.uleb128 0x4
	.4byte	0x2e4
	.uleb128 0xe
	.4byte	.LASF55
	.uleb128 0x4
	.4byte	0x2ee
	.uleb128 0x8
	.4byte	0x10e
	.4byte	0x308
	.uleb128 0x9
	.4byte	0x3f
	.byte	0x13
	.byte	0
	.uleb128 0x4
	.4byte	0x115
	.uleb128 0xa
	.4byte	0x308
	.uleb128 0x4
	.4byte	0x2ac
	.uleb128 0xa
	.4byte	0x312
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.4byte	.LASF56
	.uleb128 0xd
	.4byte	.LASF58
	.byte	0x10
	.byte	0x6
	.byte	0xb
	.4byte	0x34a
	.uleb128 0x1
	.4byte	.LASF59
	.byte	0x6
	.byte	0x10
	.byte	0xc
	.4byte	0xd2
	.byte	0
	.uleb128 0x1
	.4byte	.LASF60
	.byte	0x6
	.byte	0x15
	.byte	0x15
	.4byte	0xf8
	.byte	0x8
	.byte	0
	.uleb128 0x11
	.4byte	0x323
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.4byte	.LASF61
	.uleb128 0x8
	.4byte	0x10e
	.4byte	0x366
	.uleb128 0x9
	.4byte	0x3f
	.byte	0x3f
	.byte	0
	.uleb128 0xd
	.4byte	.LASF62
	.byte	0x80
	.byte	0x7
	.byte	0x2c
	.4byte	0x443
	.uleb128 0x1
	.4byte	.LASF63
	.byte	0x7
	.byte	0x2e
	.byte	0xd
	.4byte	0x62
	.byte	0
	.uleb128 0x1
	.4byte	.LASF64
	.byte	0x7
	.byte	0x2f
	.byte	0x5
	.4byte	0x86
	.byte	0x8
	.uleb128 0x1
	.4byte	.LASF65
	.byte	0x7
	.byte	0x30
	.byte	0xe
	.4byte	0x92
	.byte	0x10
	.uleb128 0x1
	.4byte	.LASF66
	.byte	0x7
	.byte	0x31
	.byte	0xf
	.4byte	0x9e
	.byte	0x14
	.uleb128 0x1
	.4byte	.LASF67
	.byte	0x7
	.byte	0x32
	.byte	0xd
	.4byte	0x6e
	.byte	0x18
	.uleb128 0x1
	.4byte	.LASF68
	.byte	0x7
	.byte	0x33
	.byte	0xd
	.4byte	0x7a
	.byte	0x1c
	.uleb128 0x1
	.4byte	.LASF69
	.byte	0x7
	.byte	0x34
	.byte	0xd
	.4byte	0x62
	.byte	0x20
	.uleb128 0x1
	.4byte	.LASF70
	.byte	0x7
	.byte	0x35
	.byte	0xd
	.4byte	0x62
	.byte	0x28
	.uleb128 0x1
	.4byte	.LASF71
	.byte	0x7
	.byte	0x36
	.byte	0x5
	.4byte	0xaa
	.byte	0x30
	.uleb128 0x1
	.4byte	.LASF72
	.byte	0x7
	.byte	0x37
	.byte	0x11
	.4byte	0xe0
	.byte	0x38
	.uleb128 0x1
	.4byte	.LASF73
	.byte	0x7
	.byte	0x38
	.byte	0x9
	.4byte	0x54
	.byte	0x3c
	.uleb128 0x1
	.4byte	.LASF74
	.byte	0x7
	.byte	0x39
	.byte	0x5
	.4byte	0xec
	.byte	0x40
	.uleb128 0x1
	.4byte	.LASF75
	.byte	0x7
	.byte	0x41
	.byte	0x15
	.4byte	0x323
	.byte	0x48
	.uleb128 0x1
	.4byte	.LASF76
	.byte	0x7
	.byte	0x42
	.byte	0x15
	.4byte	0x323
	.byte	0x58
	.uleb128 0x1
	.4byte	.LASF77
	.byte	0x7
	.byte	0x43
	.byte	0x15
	.4byte	0x323
	.byte	0x68
	.uleb128 0x1
	.4byte	.LASF78
	.byte	0x7
	.byte	0x4f
	.byte	0x9
	.4byte	0xc2
	.byte	0x78
	.byte	0
	.uleb128 0x5
	.byte	0x10
	.byte	0x4
	.4byte	.LASF79
	.uleb128 0x7
	.4byte	.LASF80
	.byte	0x8
	.2byte	0x250
	.byte	0xe
	.4byte	0x104
	.4byte	0x46b
	.uleb128 0x2
	.4byte	0x109
	.uleb128 0x2
	.4byte	0x54
	.uleb128 0x2
	.4byte	0x317
	.byte	0
	.uleb128 0xb
	.4byte	.LASF81
	.byte	0x9
	.byte	0xb1
	.byte	0x11
	.4byte	0x5b
	.4byte	0x48b
	.uleb128 0x2
	.4byte	0x30d
	.uleb128 0x2
	.4byte	0x490
	.uleb128 0x2
	.4byte	0x54
	.byte	0
	.uleb128 0x4
	.4byte	0x104
	.uleb128 0xa
	.4byte	0x48b
	.uleb128 0xb
	.4byte	.LASF82
	.byte	0xa
	.byte	0xf6
	.byte	0xe
	.4byte	0x104
	.4byte	0x4b0
	.uleb128 0x2
	.4byte	0x308
	.uleb128 0x2
	.4byte	0x54
	.byte	0
	.uleb128 0xb
	.4byte	.LASF83
	.byte	0x8
	.byte	0xb2
	.byte	0xc
	.4byte	0x54
	.4byte	0x4c6
	.uleb128 0x2
	.4byte	0x312
	.byte	0
	.uleb128 0x7
	.4byte	.LASF84
	.byte	0x8
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x4de
	.uleb128 0x2
	.4byte	0x308
	.uleb128 0xf
	.byte	0
	.uleb128 0x7
	.4byte	.LASF85
	.byte	0x8
	.2byte	0x15e
	.byte	0xc
	.4byte	0x54
	.4byte	0x4fb
	.uleb128 0x2
	.4byte	0x317
	.uleb128 0x2
	.4byte	0x30d
	.uleb128 0xf
	.byte	0
	.uleb128 0x16
	.4byte	.LASF98
	.byte	0x9
	.2byte	0x1c6
	.byte	0xc
	.4byte	0x54
	.uleb128 0x17
	.4byte	.LASF99
	.byte	0x9
	.2byte	0x1c8
	.byte	0xd
	.4byte	0x51b
	.uleb128 0x2
	.4byte	0x38
	.byte	0
	.uleb128 0xb
	.4byte	.LASF62
	.byte	0xb
	.byte	0xcd
	.byte	0xc
	.4byte	0x54
	.4byte	0x536
	.uleb128 0x2
	.4byte	0x30d
	.uleb128 0x2
	.4byte	0x53b
	.byte	0
	.uleb128 0x4
	.4byte	0x366
	.uleb128 0xa
	.4byte	0x536
	.uleb128 0x7
	.4byte	.LASF86
	.byte	0x8
	.2byte	0x102
	.byte	0xe
	.4byte	0x312
	.4byte	0x55c
	.uleb128 0x2
	.4byte	0x30d
	.uleb128 0x2
	.4byte	0x30d
	.byte	0
	.uleb128 0x18
	.4byte	.LASF100
	.byte	0x8
	.2byte	0x1b2
	.byte	0xc
	.4byte	.LASF101
	.4byte	0x54
	.4byte	0x57d
	.uleb128 0x2
	.4byte	0x317
	.uleb128 0x2
	.4byte	0x30d
	.uleb128 0xf
	.byte	0
	.uleb128 0x7
	.4byte	.LASF87
	.byte	0xa
	.2byte	0x197
	.byte	0xf
	.4byte	0x11a
	.4byte	0x594
	.uleb128 0x2
	.4byte	0x308
	.byte	0
	.uleb128 0x19
	.4byte	.LASF102
	.byte	0xd
	.byte	0x14
	.byte	0x6
	.uleb128 0x7
	.4byte	.LASF88
	.byte	0xc
	.2byte	0x119
	.byte	0xc
	.4byte	0x54
	.4byte	0x5b8
	.uleb128 0x2
	.4byte	0x5b8
	.uleb128 0x2
	.4byte	0x5bd
	.byte	0
	.uleb128 0x4
	.4byte	0x34a
	.uleb128 0x4
	.4byte	0x323
	.uleb128 0x1a
	.4byte	.LASF103
	.byte	0x1
	.byte	0x21
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x68f
	.uleb128 0x10
	.4byte	.LASF89
	.byte	0x21
	.byte	0xe
	.4byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -324
	.uleb128 0x10
	.4byte	.LASF90
	.byte	0x21
	.byte	0x1b
	.4byte	0x48b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -336
	.uleb128 0x6
	.string	"in"
	.byte	0x23
	.byte	0x8
	.4byte	0x312
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x6
	.string	"out"
	.byte	0x24
	.byte	0x8
	.4byte	0x312
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x6
	.string	"sum"
	.byte	0x25
	.byte	0x7
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0xc
	.4byte	.LASF91
	.byte	0x25
	.byte	0x10
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0xc
	.4byte	.LASF92
	.byte	0x25
	.byte	0x1b
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0xc
	.4byte	.LASF93
	.byte	0x26
	.byte	0x7
	.4byte	0x68f
	.uleb128 0x3
	.byte	0x91
	.sleb128 -184
	.uleb128 0x6
	.string	"st"
	.byte	0x27
	.byte	0xe
	.4byte	0x366
	.uleb128 0x3
	.byte	0x91
	.sleb128 -312
	.uleb128 0x6
	.string	"i"
	.byte	0x28
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x1b
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x6
	.string	"r"
	.byte	0x34
	.byte	0x7
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x10e
	.4byte	0x69f
	.uleb128 0x9
	.4byte	0x3f
	.byte	0x7f
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF104
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.4byte	0x5b
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x70a
	.uleb128 0x1d
	.string	"in"
	.byte	0x1
	.byte	0x15
	.byte	0x1d
	.4byte	0x312
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.uleb128 0x10
	.4byte	.LASF94
	.byte	0x15
	.byte	0x25
	.4byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -92
	.uleb128 0xc
	.4byte	.LASF95
	.byte	0x17
	.byte	0x7
	.4byte	0x356
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x6
	.string	"sum"
	.byte	0x18
	.byte	0x7
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x6
	.string	"v"
	.byte	0x19
	.byte	0x6
	.4byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -76
	.byte	0
	.uleb128 0x1e
	.4byte	.LASF105
	.byte	0x1
	.byte	0xe
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.string	"ts"
	.byte	0x10
	.byte	0x12
	.4byte	0x323
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.4byte	0x4c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x8
	.byte	0
	.2byte	0
	.2byte	0
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.8byte	0
	.8byte	0
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x8
	.byte	0
	.4byte	0
.LLRL0:
	.byte	0x7
	.8byte	.LFB6
	.uleb128 .LFE6-.LFB6
	.byte	0x7
	.8byte	.LFB7
	.uleb128 .LFE7-.LFB7
	.byte	0x7
	.8byte	.LFB8
	.uleb128 .LFE8-.LFB8
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF95:
	.string	"word"
.LASF60:
	.string	"tv_nsec"
.LASF38:
	.string	"_flags2"
.LASF86:
	.string	"fopen"
.LASF71:
	.string	"st_size"
.LASF26:
	.string	"_IO_read_base"
.LASF57:
	.string	"_IO_FILE"
.LASF83:
	.string	"fclose"
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
.LASF103:
	.string	"main"
.LASF28:
	.string	"_IO_write_ptr"
.LASF23:
	.string	"_flags"
.LASF20:
	.string	"__syscall_slong_t"
.LASF63:
	.string	"st_dev"
.LASF30:
	.string	"_IO_buf_base"
.LASF66:
	.string	"st_nlink"
.LASF69:
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
.LASF96:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF9:
	.string	"__dev_t"
.LASF98:
	.string	"rand"
.LASF101:
	.string	"__isoc99_fscanf"
.LASF105:
	.string	"pace"
.LASF72:
	.string	"st_blksize"
.LASF56:
	.string	"long long int"
.LASF68:
	.string	"st_gid"
.LASF43:
	.string	"_lock"
.LASF80:
	.string	"fgets"
.LASF8:
	.string	"long int"
.LASF84:
	.string	"printf"
.LASF14:
	.string	"__nlink_t"
.LASF40:
	.string	"_cur_column"
.LASF93:
	.string	"line"
.LASF85:
	.string	"fprintf"
.LASF77:
	.string	"st_ctim"
.LASF90:
	.string	"argv"
.LASF2:
	.string	"unsigned char"
.LASF41:
	.string	"_vtable_offset"
.LASF39:
	.string	"_old_offset"
.LASF79:
	.string	"long double"
.LASF102:
	.string	"popcorn_check_migrate"
.LASF64:
	.string	"st_ino"
.LASF89:
	.string	"argc"
.LASF82:
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
.LASF16:
	.string	"__off64_t"
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
.LASF100:
	.string	"fscanf"
.LASF87:
	.string	"strlen"
.LASF46:
	.string	"_wide_data"
.LASF47:
	.string	"_freeres_list"
.LASF70:
	.string	"__pad1"
.LASF73:
	.string	"__pad2"
.LASF74:
	.string	"st_blocks"
.LASF76:
	.string	"st_mtim"
.LASF12:
	.string	"__ino_t"
.LASF75:
	.string	"st_atim"
.LASF67:
	.string	"st_uid"
.LASF3:
	.string	"short unsigned int"
.LASF5:
	.string	"long unsigned int"
.LASF81:
	.string	"strtol"
.LASF29:
	.string	"_IO_write_end"
.LASF17:
	.string	"__time_t"
.LASF50:
	.string	"_mode"
.LASF37:
	.string	"_fileno"
.LASF91:
	.string	"draws"
.LASF55:
	.string	"_IO_wide_data"
.LASF94:
	.string	"lines"
.LASF15:
	.string	"__off_t"
.LASF33:
	.string	"_IO_backup_base"
.LASF78:
	.string	"__glibc_reserved"
.LASF54:
	.string	"_IO_codecvt"
.LASF88:
	.string	"nanosleep"
.LASF92:
	.string	"check"
.LASF58:
	.string	"timespec"
.LASF10:
	.string	"__uid_t"
.LASF32:
	.string	"_IO_save_base"
.LASF62:
	.string	"stat"
.LASF65:
	.string	"st_mode"
.LASF52:
	.string	"FILE"
.LASF99:
	.string	"srand"
.LASF104:
	.string	"read_some"
.LASF19:
	.string	"__blkcnt_t"
.LASF97:
	.string	"_IO_lock_t"
.LASF11:
	.string	"__gid_t"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/wt-lite/hexo-lite/tests/apps/libcstate"
.LASF0:
	.string	"libcstate.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
