	.arch armv8-a
	.file	"rodata.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/rodata" "rodata.c"
	.global	labels
	.section	.rodata
	.section	.rodata.hexolit.586b88f1c2e77d81.0,"a"
	.align	3
.LC0:
	.string	"alpha"
	.section	.rodata
	.section	.rodata.hexolit.0bd30750e8d85453.0,"a"
	.align	3
.LC1:
	.string	"bb"
	.section	.rodata
	.section	.rodata.hexolit.274dcfe3507d4a5c.0,"a"
	.align	3
.LC2:
	.string	"gamma-ray"
	.section	.rodata
	.section	.rodata.hexolit.f62075ae5b6b9e4f.0,"a"
	.align	3
.LC3:
	.string	"d"
	.section	.rodata
	.section	.rodata.hexolit.a34225eb7f0ca9ed.0,"a"
	.align	3
.LC4:
	.string	"epsilon"
	.section	.rodata
	.section	.rodata.hexolit.4b2f58369bcc2c3a.0,"a"
	.align	3
.LC5:
	.string	"zeta function"
	.section	.rodata
	.section	.data.rel.local.labels,"aw"
	.align	3
	.type	labels, %object
	.size	labels, 48
labels:
	.xword	.LC0
	.xword	.LC1
	.xword	.LC2
	.xword	.LC3
	.xword	.LC4
	.xword	.LC5
	.section	.rodata
	.section	.rodata.hexolit.67d8a81cd7e79f0a.0,"a"
	.align	3
.LC6:
	.string	"if"
	.section	.rodata
	.section	.rodata.hexolit.3be57ac49c5cd403.0,"a"
	.align	3
.LC7:
	.string	"KW_IF"
	.section	.rodata
	.section	.rodata.hexolit.a722d196648c92ab.0,"a"
	.align	3
.LC8:
	.string	"while"
	.section	.rodata
	.section	.rodata.hexolit.59118087c140d2b4.0,"a"
	.align	3
.LC9:
	.string	"KW_WHILE"
	.section	.rodata
	.section	.rodata.hexolit.ef9d678d45aa0ec7.0,"a"
	.align	3
.LC10:
	.string	"return"
	.section	.rodata
	.section	.rodata.hexolit.5f76f605a7a76125.0,"a"
	.align	3
.LC11:
	.string	"KW_RETURN"
	.section	.rodata
	.section	.data.rel.local.kw_table,"aw"
	.align	3
	.type	kw_table, %object
	.size	kw_table, 48
kw_table:
	.xword	.LC6
	.xword	.LC7
	.xword	.LC8
	.xword	.LC9
	.xword	.LC10
	.xword	.LC11
	.section	.rodata.__compound_literal.0,"a"
	.align	3
	.type	__compound_literal.0, %object
	.size	__compound_literal.0, 32
__compound_literal.0:
	.word	0
	.word	1071644672
	.word	0
	.word	1072955392
	.word	0
	.word	1073741824
	.word	0
	.word	1074921472
	.section	.data.rel.local.weights,"aw"
	.align	3
	.type	weights, %object
	.size	weights, 8
weights:
	.xword	__compound_literal.0
	.global	last_seen
	.section	.bss.last_seen,"aw",@nobits
	.align	3
	.type	last_seen, %object
	.size	last_seen, 8
last_seen:
	.zero	8
	.section	.rodata
	.section	.rodata.hexolit.e74f9404d5a09d59.0,"a"
	.align	3
.LC12:
	.string	"Copy"
	.section	.rodata
	.section	.rodata.hexolit.2f0ba4504ab03568.0,"a"
	.align	3
.LC13:
	.string	"MB/s"
	.section	.rodata
	.section	.rodata.hexolit.a8816f5dac673c9b.0,"a"
	.align	3
.LC14:
	.string	"Scale"
	.section	.rodata
	.section	.rodata.hexolit.92e12c3fb43de1bd.0,"a"
	.align	3
.LC15:
	.string	"Add"
	.section	.rodata
	.section	.rodata.hexolit.231edaaaef123d9e.0,"a"
	.align	3
.LC16:
	.string	"Triad"
	.section	.rodata
	.section	.data.rel.local.table,"aw"
	.align	3
	.type	table, %object
	.size	table, 96
table:
	.xword	.LC12
	.xword	.LC13
	.word	1
	.zero	4
	.xword	.LC14
	.xword	.LC13
	.word	2
	.zero	4
	.xword	.LC15
	.xword	.LC13
	.word	3
	.zero	4
	.xword	.LC16
	.xword	.LC13
	.word	4
	.zero	4
	.section	.text.pace,"ax",@progbits
	.align	2
	.type	pace, %function
pace:
.LFB6:
	.file 1 "rodata.c"
	.loc 1 30 1
	.cfi_startproc
	stp	x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset 30, -24
	mov	x29, sp
	.loc 1 31 18
	str	xzr, [sp, 16]
	mov	x0, 46080
	movk	x0, 0x4c4, lsl 16
	str	x0, [sp, 24]
	.loc 1 33 2
	add	x0, sp, 16
	mov	x1, 0
	bl	nanosleep
	.loc 1 34 1
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
	.section	.rodata.hexolit.f8311cca9bb7f2eb.0,"a"
	.align	3
.LC17:
	.string	"%-8s %6d %s\n"
	.section	.rodata
	.section	.text.report,"ax",@progbits
	.align	2
	.type	report, %function
report:
.LFB7:
	.loc 1 37 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	w0, [sp, 28]
	str	x1, [sp, 16]
	.loc 1 38 14
	adrp	x0, .LC17
	add	x0, x0, :lo12:.LC17
	str	x0, [sp, 40]
	.loc 1 39 9
	str	xzr, [sp, 56]
	.loc 1 42 2
	bl	popcorn_check_migrate
	.loc 1 43 9
	str	wzr, [sp, 52]
	.loc 1 43 2
	b	.L3
.L4:
	.loc 1 44 16 discriminator 3
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldrsw	x1, [sp, 52]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	x4, [x0]
	.loc 1 44 51 discriminator 3
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldrsw	x1, [sp, 52]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	w1, [x0, 16]
	.loc 1 44 16 discriminator 3
	ldr	w0, [sp, 28]
	mul	w5, w1, w0
	adrp	x0, table
	add	x2, x0, :lo12:table
	ldrsw	x1, [sp, 52]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	lsl	x0, x0, 3
	add	x0, x2, x0
	ldr	x0, [x0, 8]
	mov	x3, x0
	mov	w2, w5
	mov	x1, x4
	ldr	x0, [sp, 40]
	bl	printf
	.loc 1 44 8 discriminator 3
	sxtw	x0, w0
	.loc 1 44 5 discriminator 3
	ldr	x1, [sp, 56]
	add	x0, x1, x0
	str	x0, [sp, 56]
	.loc 1 43 22 discriminator 3
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L3:
	.loc 1 43 16 discriminator 1
	ldr	w0, [sp, 52]
	cmp	w0, 3
	ble	.L4
	.loc 1 45 13
	ldr	x0, [sp, 16]
	bl	strlen
	mov	x1, x0
	.loc 1 45 11
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	.loc 1 46 1
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	report, .-report
	.section	.rodata
	.section	.rodata.hexolit.75a6b25023d6791e.0,"a"
	.align	3
.LC18:
	.string	"a local literal"
	.section	.rodata
	.section	.rodata.hexolit.658af591b35d5acd.0,"a"
	.align	3
.LC19:
	.string	"round %d: %s %s %s %s %.2f\n"
	.section	.rodata
	.section	.rodata.hexolit.82cdc3456c9847a0.0,"a"
	.align	3
.LC20:
	.string	"SUCCESS"
	.section	.rodata
	.section	.rodata.hexolit.6d2b6ff08587c9df.0,"a"
	.align	3
.LC21:
	.string	"FAILURE"
	.section	.rodata
	.section	.rodata.hexolit.0ff7e2f3eda2d048.0,"a"
	.align	3
.LC22:
	.string	"rodata: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 49 1
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	.loc 1 50 27
	mov	x0, 48
	bl	malloc
	str	x0, [sp, 32]
	.loc 1 51 14
	adrp	x0, .LC18
	add	x0, x0, :lo12:.LC18
	str	x0, [sp, 24]
	.loc 1 52 9
	str	xzr, [sp, 56]
	.loc 1 53 9
	str	xzr, [sp, 48]
	.loc 1 56 9
	str	wzr, [sp, 40]
	.loc 1 56 2
	b	.L7
.L8:
	.loc 1 57 27 discriminator 3
	mov	w1, 5
	ldr	w0, [sp, 40]
	sub	w2, w1, w0
	.loc 1 57 12 discriminator 3
	ldrsw	x0, [sp, 40]
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 57 24 discriminator 3
	adrp	x1, labels
	add	x1, x1, :lo12:labels
	sxtw	x2, w2
	ldr	x1, [x1, x2, lsl 3]
	.loc 1 57 16 discriminator 3
	str	x1, [x0]
	.loc 1 56 22 discriminator 3
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L7:
	.loc 1 56 16 discriminator 1
	ldr	w0, [sp, 40]
	cmp	w0, 5
	ble	.L8
	.loc 1 58 13
	mov	w0, 1
	str	w0, [sp, 44]
	.loc 1 58 2
	b	.L9
.L10:
	.loc 1 59 3 discriminator 3
	bl	popcorn_check_migrate
	.loc 1 60 3 discriminator 3
	bl	pace
	.loc 1 61 28 discriminator 3
	ldr	w1, [sp, 44]
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w2, w1, w0
	.loc 1 61 21 discriminator 3
	adrp	x0, labels
	add	x0, x0, :lo12:labels
	sxtw	x1, w2
	ldr	x1, [x0, x1, lsl 3]
	.loc 1 61 13 discriminator 3
	adrp	x0, last_seen
	add	x0, x0, :lo12:last_seen
	str	x1, [x0]
	.loc 1 62 41 discriminator 3
	ldr	w1, [sp, 44]
	mov	w0, 21846
	movk	w0, 0x5555, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	sub	w2, w1, w0
	.loc 1 62 12 discriminator 3
	adrp	x0, kw_table
	add	x1, x0, :lo12:kw_table
	sxtw	x0, w2
	lsl	x0, x0, 4
	add	x0, x1, x0
	ldr	x0, [x0, 8]
	mov	x1, x0
	ldr	w0, [sp, 44]
	bl	report
	mov	x1, x0
	.loc 1 62 9 discriminator 3
	ldr	x0, [sp, 56]
	add	x0, x0, x1
	str	x0, [sp, 56]
	.loc 1 63 15 discriminator 3
	adrp	x0, weights
	add	x0, x0, :lo12:weights
	ldr	x1, [x0]
	.loc 1 63 22 discriminator 3
	ldr	w0, [sp, 44]
	negs	w2, w0
	and	w0, w0, 3
	and	w2, w2, 3
	csneg	w0, w0, w2, mi
	sxtw	x0, w0
	.loc 1 63 15 discriminator 3
	lsl	x0, x0, 3
	add	x0, x1, x0
	ldr	d0, [x0]
	.loc 1 63 5 discriminator 3
	ldr	d1, [sp, 48]
	fadd	d0, d1, d0
	str	d0, [sp, 48]
	.loc 1 64 3 discriminator 3
	adrp	x0, last_seen
	add	x0, x0, :lo12:last_seen
	ldr	x6, [x0]
	.loc 1 64 76 discriminator 3
	ldr	w1, [sp, 44]
	mov	w0, 43691
	movk	w0, 0x2aaa, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	lsl	w0, w0, 1
	sub	w2, w1, w0
	sxtw	x0, w2
	.loc 1 64 69 discriminator 3
	lsl	x0, x0, 3
	ldr	x1, [sp, 32]
	add	x0, x1, x0
	.loc 1 64 3 discriminator 3
	ldr	x3, [x0]
	.loc 1 65 25 discriminator 3
	ldr	w1, [sp, 44]
	mov	w0, 21846
	movk	w0, 0x5555, lsl 16
	smull	x0, w1, w0
	lsr	x2, x0, 32
	asr	w0, w1, 31
	sub	w2, w2, w0
	mov	w0, w2
	lsl	w0, w0, 1
	add	w0, w0, w2
	sub	w2, w1, w0
	.loc 1 64 3 discriminator 3
	adrp	x0, kw_table
	add	x1, x0, :lo12:kw_table
	sxtw	x0, w2
	lsl	x0, x0, 4
	add	x0, x1, x0
	ldr	x0, [x0]
	ldr	d0, [sp, 48]
	mov	x5, x0
	ldr	x4, [sp, 24]
	mov	x2, x6
	ldr	w1, [sp, 44]
	adrp	x0, .LC19
	add	x0, x0, :lo12:.LC19
	bl	printf
	.loc 1 58 36 discriminator 3
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L9:
	.loc 1 58 24 discriminator 1
	ldr	w0, [sp, 44]
	cmp	w0, 10
	ble	.L10
	.loc 1 67 2
	ldr	x0, [sp, 56]
	cmp	x0, 914
	bne	.L11
	.loc 1 67 38 discriminator 1
	ldr	d0, [sp, 48]
	mov	x0, 211106232532992
	movk	x0, 0x4033, lsl 48
	fmov	d1, x0
	fcmp	d0, d1
	bne	.L11
	.loc 1 67 2 discriminator 3
	adrp	x0, .LC20
	add	x0, x0, :lo12:.LC20
	b	.L12
.L11:
	.loc 1 67 2 is_stmt 0 discriminator 4
	adrp	x0, .LC21
	add	x0, x0, :lo12:.LC21
.L12:
	.loc 1 67 2 discriminator 6
	mov	x1, x0
	adrp	x0, .LC22
	add	x0, x0, :lo12:.LC22
	bl	printf
	.loc 1 68 9 is_stmt 1 discriminator 6
	mov	w0, 0
	.loc 1 69 1 discriminator 6
	ldp	x29, x30, [sp], 64
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
	.file 4 "/usr/aarch64-linux-gnu/include/bits/types/struct_timespec.h"
	.file 5 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 6 "/usr/aarch64-linux-gnu/include/string.h"
	.file 7 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 8 "/usr/aarch64-linux-gnu/include/time.h"
	.file 9 "/tmp/lp/aarch64-hermit/include/hermit/migration.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x330
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xf
	.4byte	.LASF38
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
	.uleb128 0x10
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x9
	.4byte	.LASF9
	.byte	0x2
	.byte	0xa0
	.byte	0x1a
	.4byte	0x5b
	.uleb128 0x11
	.byte	0x8
	.uleb128 0x9
	.4byte	.LASF10
	.byte	0x2
	.byte	0xc5
	.byte	0x21
	.4byte	0x5b
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF11
	.uleb128 0xa
	.4byte	0x7c
	.uleb128 0x9
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
	.uleb128 0xc
	.4byte	.LASF23
	.byte	0x10
	.byte	0x4
	.byte	0xb
	.4byte	0xc7
	.uleb128 0x5
	.4byte	.LASF14
	.byte	0x4
	.byte	0x10
	.byte	0xc
	.4byte	0x62
	.byte	0
	.uleb128 0x5
	.4byte	.LASF15
	.byte	0x4
	.byte	0x15
	.byte	0x15
	.4byte	0x70
	.byte	0x8
	.byte	0
	.uleb128 0xa
	.4byte	0xa0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF16
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.4byte	.LASF17
	.uleb128 0xb
	.4byte	0x94
	.4byte	0xea
	.uleb128 0x7
	.4byte	0x3f
	.byte	0x5
	.byte	0
	.uleb128 0xd
	.4byte	.LASF21
	.byte	0xb
	.4byte	0xda
	.uleb128 0x9
	.byte	0x3
	.8byte	labels
	.uleb128 0xb
	.4byte	0x94
	.4byte	0x114
	.uleb128 0x7
	.4byte	0x3f
	.byte	0x2
	.uleb128 0x7
	.4byte	0x3f
	.byte	0x1
	.byte	0
	.uleb128 0x2
	.4byte	.LASF18
	.byte	0xc
	.byte	0x14
	.4byte	0xfe
	.uleb128 0x9
	.byte	0x3
	.8byte	kw_table
	.uleb128 0x2
	.4byte	.LASF19
	.byte	0xd
	.byte	0x16
	.4byte	0x13e
	.uleb128 0x9
	.byte	0x3
	.8byte	weights
	.uleb128 0x4
	.4byte	0x14a
	.uleb128 0x1
	.byte	0x8
	.byte	0x4
	.4byte	.LASF20
	.uleb128 0xa
	.4byte	0x143
	.uleb128 0xd
	.4byte	.LASF22
	.byte	0xe
	.4byte	0x94
	.uleb128 0x9
	.byte	0x3
	.8byte	last_seen
	.uleb128 0xc
	.4byte	.LASF24
	.byte	0x18
	.byte	0x1
	.byte	0x10
	.4byte	0x197
	.uleb128 0x5
	.4byte	.LASF25
	.byte	0x1
	.byte	0x11
	.byte	0xe
	.4byte	0x94
	.byte	0
	.uleb128 0x5
	.4byte	.LASF26
	.byte	0x1
	.byte	0x12
	.byte	0xe
	.4byte	0x94
	.byte	0x8
	.uleb128 0x5
	.4byte	.LASF27
	.byte	0x1
	.byte	0x13
	.byte	0x6
	.4byte	0x54
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.4byte	0x163
	.4byte	0x1a7
	.uleb128 0x7
	.4byte	0x3f
	.byte	0x3
	.byte	0
	.uleb128 0x2
	.4byte	.LASF28
	.byte	0x16
	.byte	0x15
	.4byte	0x197
	.uleb128 0x9
	.byte	0x3
	.8byte	table
	.uleb128 0x8
	.4byte	.LASF29
	.byte	0x5
	.2byte	0x229
	.byte	0xe
	.4byte	0x6e
	.4byte	0x1d3
	.uleb128 0x6
	.4byte	0x88
	.byte	0
	.uleb128 0x8
	.4byte	.LASF30
	.byte	0x6
	.2byte	0x197
	.byte	0xf
	.4byte	0x88
	.4byte	0x1ea
	.uleb128 0x6
	.4byte	0x94
	.byte	0
	.uleb128 0x8
	.4byte	.LASF31
	.byte	0x7
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x202
	.uleb128 0x6
	.4byte	0x94
	.uleb128 0x12
	.byte	0
	.uleb128 0x13
	.4byte	.LASF39
	.byte	0x9
	.byte	0x14
	.byte	0x6
	.uleb128 0x8
	.4byte	.LASF32
	.byte	0x8
	.2byte	0x119
	.byte	0xc
	.4byte	0x54
	.4byte	0x226
	.uleb128 0x6
	.4byte	0x226
	.uleb128 0x6
	.4byte	0x22b
	.byte	0
	.uleb128 0x4
	.4byte	0xc7
	.uleb128 0x4
	.4byte	0xa0
	.uleb128 0x14
	.4byte	.LASF40
	.byte	0x1
	.byte	0x30
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2a3
	.uleb128 0x2
	.4byte	.LASF33
	.byte	0x32
	.byte	0xf
	.4byte	0x2a3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.4byte	.LASF34
	.byte	0x33
	.byte	0xe
	.4byte	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.4byte	.LASF35
	.byte	0x34
	.byte	0x9
	.4byte	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.string	"w"
	.byte	0x35
	.byte	0x9
	.4byte	0x143
	.uleb128 0x2
	.byte	0x91
	.sleb128 -16
	.uleb128 0x2
	.4byte	.LASF36
	.byte	0x36
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x3
	.string	"i"
	.byte	0x36
	.byte	0xd
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x4
	.4byte	0x94
	.uleb128 0x15
	.4byte	.LASF41
	.byte	0x1
	.byte	0x24
	.byte	0xf
	.4byte	0x88
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x30b
	.uleb128 0xe
	.4byte	.LASF36
	.byte	0x1a
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0xe
	.4byte	.LASF37
	.byte	0x2d
	.4byte	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x3
	.string	"fmt"
	.byte	0x26
	.byte	0xe
	.4byte	0x94
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x3
	.string	"n"
	.byte	0x27
	.byte	0x9
	.4byte	0x88
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x3
	.string	"i"
	.byte	0x28
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.uleb128 0x16
	.4byte	.LASF42
	.byte	0x1
	.byte	0x1d
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.string	"ts"
	.byte	0x1f
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
.LASF14:
	.string	"tv_sec"
.LASF13:
	.string	"long long int"
.LASF38:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
