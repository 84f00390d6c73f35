	.arch armv8-a
	.file	"instrument.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/instrument" "instrument.c"
	.section	.bss.memo,"aw",@nobits
	.align	3
	.type	memo, %object
	.size	memo, 8
memo:
	.zero	8
	.section	.text.pace,"ax",@progbits
	.align	2
	.type	pace, %function
pace:
.LFB6:
	.file 1 "instrument.c"
	.loc 1 13 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	mov	x19, x30
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, pace
	add	x0, x0, :lo12:pace
	bl	__cyg_profile_func_enter
	.loc 1 14 18
	str	xzr, [sp, 32]
	mov	x0, 34560
	movk	x0, 0x393, lsl 16
	str	x0, [sp, 40]
	.loc 1 16 2
	add	x0, sp, 32
	mov	x1, 0
	bl	nanosleep
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, pace
	add	x0, x0, :lo12:pace
	bl	__cyg_profile_func_exit
	.loc 1 17 1
	nop
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	pace, .-pace
	.section	.text.fib,"ax",@progbits
	.align	2
	.type	fib, %function
fib:
.LFB7:
	.loc 1 20 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x20, x30
	str	w0, [sp, 44]
	mov	x30, x20
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, fib
	add	x0, x0, :lo12:fib
	bl	__cyg_profile_func_enter
	.loc 1 23 5
	ldr	w0, [sp, 44]
	cmp	w0, 1
	bgt	.L3
	.loc 1 24 10
	ldrsw	x19, [sp, 44]
	b	.L4
.L3:
	.loc 1 25 6
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	bl	fib
	str	x0, [sp, 56]
	.loc 1 26 6
	ldr	w0, [sp, 44]
	sub	w0, w0, #2
	bl	fib
	str	x0, [sp, 48]
	.loc 1 27 6
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	ldr	x1, [x0]
	ldrsw	x0, [sp, 44]
	lsl	x0, x0, 3
	add	x0, x1, x0
	.loc 1 27 14
	ldr	x2, [sp, 56]
	ldr	x1, [sp, 48]
	add	x1, x2, x1
	.loc 1 27 10
	str	x1, [x0]
	.loc 1 28 11
	ldr	x1, [sp, 56]
	ldr	x0, [sp, 48]
	add	x19, x1, x0
.L4:
	mov	x30, x20
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, fib
	add	x0, x0, :lo12:fib
	bl	__cyg_profile_func_exit
	.loc 1 29 1
	mov	x0, x19
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	fib, .-fib
	.section	.text.scale,"ax",@progbits
	.align	2
	.type	scale, %function
scale:
.LFB8:
	.loc 1 32 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x19, [sp, 16]
	str	d8, [sp, 24]
	.cfi_offset 19, -48
	.cfi_offset 72, -40
	mov	x19, x30
	str	d0, [sp, 40]
	str	w0, [sp, 36]
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, scale
	add	x0, x0, :lo12:scale
	bl	__cyg_profile_func_enter
	.loc 1 33 9
	ldr	d0, [sp, 40]
	str	d0, [sp, 56]
	.loc 1 36 9
	str	wzr, [sp, 52]
	.loc 1 36 2
	b	.L7
.L8:
	.loc 1 37 9 discriminator 3
	ldr	d1, [sp, 56]
	fmov	d0, 1.5e+0
	fmul	d1, d1, d0
	.loc 1 37 5 discriminator 3
	fmov	d0, 1.0e+0
	fadd	d0, d1, d0
	str	d0, [sp, 56]
	.loc 1 36 22 discriminator 3
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L7:
	.loc 1 36 16 discriminator 1
	ldr	w1, [sp, 52]
	ldr	w0, [sp, 36]
	cmp	w1, w0
	blt	.L8
	.loc 1 38 9
	ldr	d8, [sp, 56]
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, scale
	add	x0, x0, :lo12:scale
	bl	__cyg_profile_func_exit
	fmov	d0, d8
	.loc 1 39 1
	ldr	d8, [sp, 24]
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 72
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	scale, .-scale
	.section	.rodata
	.section	.rodata.hexolit.0570df0606a124bb.0,"a"
	.align	3
.LC0:
	.string	"Iterate! %d fib %ld acc %.3f\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
	.align	3
.LC1:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
	.align	3
.LC2:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.5746e51c45e4fc26.0,"a"
	.align	3
.LC3:
	.string	"instrument: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.align	2
	.global	main
	.type	main, %function
main:
.LFB9:
	.loc 1 42 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x19, x30
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, main
	add	x0, x0, :lo12:main
	bl	__cyg_profile_func_enter
	.loc 1 43 9
	str	xzr, [sp, 56]
	.loc 1 44 7
	str	xzr, [sp, 48]
	.loc 1 47 9
	mov	x1, 8
	mov	x0, 16
	bl	calloc
	mov	x1, x0
	.loc 1 47 7
	adrp	x0, memo
	add	x0, x0, :lo12:memo
	str	x1, [x0]
	.loc 1 48 9
	str	wzr, [sp, 44]
	.loc 1 48 2
	b	.L11
.L12:
	.loc 1 49 3 discriminator 3
	bl	pace
	.loc 1 50 14 discriminator 3
	ldr	w2, [sp, 44]
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w2, w0
	lsr	x1, x0, 32
	asr	w0, w2, 31
	sub	w1, w1, w0
	mov	w0, w1
	lsl	w0, w0, 1
	add	w0, w0, w1
	lsl	w0, w0, 1
	sub	w1, w2, w0
	.loc 1 50 8 discriminator 3
	add	w0, w1, 1
	bl	fib
	mov	x1, x0
	.loc 1 50 5 discriminator 3
	ldr	x0, [sp, 48]
	add	x0, x0, x1
	str	x0, [sp, 48]
	.loc 1 51 10 discriminator 3
	ldr	w0, [sp, 44]
	scvtf	d0, w0
	mov	w0, 3
	bl	scale
	fmov	d1, d0
	.loc 1 51 7 discriminator 3
	ldr	d0, [sp, 56]
	fadd	d0, d0, d1
	str	d0, [sp, 56]
	.loc 1 52 3 discriminator 3
	ldr	d0, [sp, 56]
	ldr	x2, [sp, 48]
	ldr	w1, [sp, 44]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
	.loc 1 48 23 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L11:
	.loc 1 48 16 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 9
	ble	.L12
	.loc 1 54 2
	ldr	x0, [sp, 48]
	cmp	x0, 27
	bne	.L13
	.loc 1 54 37 discriminator 1
	ldr	d0, [sp, 56]
	mov	x0, 259484744155136
	movk	x0, 0x4068, lsl 48
	fmov	d1, x0
	fcmp	d0, d1
	bne	.L13
	.loc 1 54 2 discriminator 3
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	b	.L14
.L13:
	.loc 1 54 2 is_stmt 0 discriminator 4
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
.L14:
	.loc 1 54 2 discriminator 6
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 55 9 is_stmt 1 discriminator 6
	mov	w20, 0
	mov	x30, x19
	hint	7 // xpaclri
	mov	x0, x30
	mov	x1, x0
	adrp	x0, main
	add	x0, x0, :lo12:main
	bl	__cyg_profile_func_exit
	.loc 1 56 1 discriminator 6
	mov	w0, w20
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/usr/aarch64-linux-gnu/include/bits/types.h"
	.file 3 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types/struct_timespec.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 6 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 7 "/usr/aarch64-linux-gnu/include/time.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x256
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL0
	.8byte	0
	.4byte	.Ldebug_line0
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF2
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF4
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF5
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.4byte	.LASF6
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.4byte	.LASF7
	.uleb128 0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x5
	.4byte	.LASF9
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.4byte	0x5b
	.uleb128 0xc
	.byte	0x8
	.uleb128 0x5
	.4byte	.LASF10
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.4byte	0x5b
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0x8
	.4byte	0x7c
	.uleb128 0x5
	.4byte	.LASF12
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.4byte	0x3f
	.uleb128 0x4
	.4byte	0x83
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF13
	.uleb128 0xd
	.4byte	.LASF24
	.byte	0x10
	.byte	0x4
	.byte	0xb
	.byte	0x8
	.4byte	0xc6
	.uleb128 0x9
	.4byte	.LASF14
	.byte	0x10
	.byte	0xc
	.4byte	0x62
	.byte	0
	.uleb128 0x9
	.4byte	.LASF15
	.byte	0x15
	.byte	0x15
	.4byte	0x70
	.byte	0x8
	.byte	0
	.uleb128 0x8
	.4byte	0xa0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF16
	.uleb128 0xe
	.4byte	.LASF20
	.byte	0x1
	.byte	0xa
	.byte	0xe
	.4byte	0xe8
	.uleb128 0x9
	.byte	0x3
	.8byte	memo
	.uleb128 0x4
	.4byte	0x5b
	.uleb128 0x6
	.4byte	.LASF17
	.byte	0x5
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x105
	.uleb128 0x3
	.4byte	0x94
	.uleb128 0xf
	.byte	0
	.uleb128 0x6
	.4byte	.LASF18
	.byte	0x6
	.2byte	0x22c
	.byte	0xe
	.4byte	0x6e
	.4byte	0x121
	.uleb128 0x3
	.4byte	0x88
	.uleb128 0x3
	.4byte	0x88
	.byte	0
	.uleb128 0x6
	.4byte	.LASF19
	.byte	0x7
	.2byte	0x119
	.byte	0xc
	.4byte	0x54
	.4byte	0x13d
	.uleb128 0x3
	.4byte	0x13d
	.uleb128 0x3
	.4byte	0x142
	.byte	0
	.uleb128 0x4
	.4byte	0xc6
	.uleb128 0x4
	.4byte	0xa0
	.uleb128 0x10
	.4byte	.LASF25
	.byte	0x1
	.byte	0x29
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x190
	.uleb128 0x2
	.string	"acc"
	.byte	0x2b
	.byte	0x9
	.4byte	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"f"
	.byte	0x2c
	.byte	0x7
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.string	"i"
	.byte	0x2d
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF21
	.uleb128 0x11
	.4byte	.LASF22
	.byte	0x1
	.byte	0x1f
	.byte	0xf
	.4byte	0x190
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ea
	.uleb128 0x7
	.string	"x"
	.byte	0x1f
	.byte	0x1c
	.4byte	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x7
	.string	"k"
	.byte	0x1f
	.byte	0x23
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.string	"r"
	.byte	0x21
	.byte	0x9
	.4byte	0x190
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"i"
	.byte	0x22
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0x12
	.string	"fib"
	.byte	0x1
	.byte	0x13
	.byte	0xd
	.4byte	0x5b
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x231
	.uleb128 0x7
	.string	"n"
	.byte	0x13
	.byte	0x15
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"a"
	.byte	0x15
	.byte	0x7
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x2
	.string	"b"
	.byte	0x15
	.byte	0xa
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.byte	0
	.uleb128 0x13
	.4byte	.LASF26
	.byte	0x1
	.byte	0xc
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"ts"
	.byte	0xe
	.byte	0x12
	.4byte	0xa0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
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
	.4byte	0x5c
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
	.8byte	.LFB9
	.8byte	.LFE9-.LFB9
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
	.byte	0x7
	.8byte	.LFB9
	.uleb128 .LFE9-.LFB9
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF18:
	.string	"calloc"
.LASF12:
	.string	"size_t"
.LASF15:
	.string	"tv_nsec"
.LASF22:
	.string	"scale"
.LASF24:
	.string	"timespec"
.LASF2:
	.string	"unsigned char"
.LASF23:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -finstrument-functions -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
.LASF5:
	.string	"long unsigned int"
.LASF3:
	.string	"short unsigned int"
.LASF9:
	.string	"__time_t"
.LASF21:
	.string	"double"
.LASF25:
	.string	"main"
.LASF4:
	.string	"unsigned int"
.LASF16:
	.string	"long long unsigned int"
.LASF14:
	.string	"tv_sec"
.LASF13:
	.string	"long long int"
.LASF11:
	.string	"char"
.LASF17:
	.string	"printf"
.LASF7:
	.string	"short int"
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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
