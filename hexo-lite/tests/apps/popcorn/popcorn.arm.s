	.arch armv8-a
	.file	"popcorn.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/wt-lite/hexo-lite/tests/apps/popcorn" "popcorn.c"
	.section	.bss.prog,"aw",@nobits
	.align	3
	.type	prog, %object
	.size	prog, 8
prog:
	.zero	8
	.section	.bss.node_changes,"aw",@nobits
	.align	2
	.type	node_changes, %object
	.size	node_changes, 4
node_changes:
	.zero	4
	.section	.bss.migpoint_zero,"aw",@nobits
	.align	2
	.type	migpoint_zero, %object
	.size	migpoint_zero, 4
migpoint_zero:
	.zero	4
	.section	.text.on_arrival,"ax",@progbits
	.align	2
	.type	on_arrival, %function
on_arrival:
.LFB6:
	.file 1 "popcorn.c"
	.loc 1 22 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x0, [sp, 24]
	.loc 1 23 19
	ldr	x0, [sp, 24]
	str	x0, [sp, 40]
	.loc 1 25 3
	ldr	x0, [sp, 40]
	ldr	w0, [x0]
	.loc 1 25 14
	add	w1, w0, 1
	ldr	x0, [sp, 40]
	str	w1, [x0]
	.loc 1 26 20
	bl	current_nid
	mov	w1, w0
	.loc 1 26 18
	ldr	x0, [sp, 40]
	str	w1, [x0, 4]
	.loc 1 27 1
	nop
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE6:
	.size	on_arrival, .-on_arrival
	.section	.text.work,"ax",@progbits
	.align	2
	.type	work, %function
work:
.LFB7:
	.loc 1 30 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	w0, [sp, 28]
	.loc 1 31 13
	ldrsw	x1, [sp, 28]
	.loc 1 31 7
	mov	x0, x1
	lsl	x0, x0, 5
	sub	x0, x0, x1
	str	x0, [sp, 40]
	.loc 1 34 11
	bl	current_nid
	.loc 1 34 2
	cmp	w0, 0
	cset	w0, eq
	and	w0, w0, 255
	mov	w3, w0
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	mov	x2, x0
	adrp	x0, on_arrival
	add	x1, x0, :lo12:on_arrival
	mov	w0, w3
	bl	migrate
	.loc 1 35 11
	ldrsw	x1, [sp, 28]
	ldr	x0, [sp, 40]
	add	x0, x1, x0
	.loc 1 36 1
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE7:
	.size	work, .-work
	.section	.rodata
	.section	.rodata.hexolit.3ab79b40d05aacca.0,"a"
	.align	3
.LC0:
	.string	"iteration %d: sum %ld\n"
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
	.section	.rodata.hexolit.edf227e65cd083c5.0,"a"
	.align	3
.LC3:
	.string	"popcorn: %s\n"
	.section	.rodata
	.section	.text.main,"ax",@progbits
	.align	2
	.global	main
	.type	main, %function
main:
.LFB8:
	.loc 1 39 1
	.cfi_startproc
	stp	x29, x30, [sp, -48]!
	.cfi_def_cfa_offset 48
	.cfi_offset 29, -48
	.cfi_offset 30, -40
	mov	x29, sp
	str	x19, [sp, 16]
	.cfi_offset 19, -32
	.loc 1 40 12
	bl	current_nid
	str	w0, [sp, 44]
	.loc 1 43 9
	mov	x1, 16
	mov	x0, 1
	bl	calloc
	mov	x1, x0
	.loc 1 43 7
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	str	x1, [x0]
	.loc 1 44 9
	str	wzr, [sp, 40]
	.loc 1 44 2
	b	.L5
.L8:
.LBB2:
	.loc 1 47 7
	bl	hermit_migrate_if_needed
	.loc 1 47 6
	cmp	w0, 0
	bne	.L6
	.loc 1 48 17
	adrp	x0, migpoint_zero
	add	x0, x0, :lo12:migpoint_zero
	ldr	w0, [x0]
	add	w1, w0, 1
	adrp	x0, migpoint_zero
	add	x0, x0, :lo12:migpoint_zero
	str	w1, [x0]
.L6:
	.loc 1 49 3
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	mov	x1, x0
	adrp	x0, on_arrival
	add	x0, x0, :lo12:on_arrival
	bl	check_migrate
	.loc 1 50 3
	mov	w0, 80
	bl	sys_msleep
	.loc 1 51 16
	ldr	w0, [sp, 40]
	bl	work
	mov	x2, x0
	.loc 1 51 7
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	ldr	x1, [x0, 8]
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	.loc 1 51 13
	add	x1, x2, x1
	str	x1, [x0, 8]
	.loc 1 52 10
	bl	current_nid
	str	w0, [sp, 36]
	.loc 1 53 6
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 44]
	cmp	w1, w0
	beq	.L7
	.loc 1 54 16
	adrp	x0, node_changes
	add	x0, x0, :lo12:node_changes
	ldr	w0, [x0]
	add	w1, w0, 1
	adrp	x0, node_changes
	add	x0, x0, :lo12:node_changes
	str	w1, [x0]
	.loc 1 55 8
	ldr	w0, [sp, 36]
	str	w0, [sp, 44]
.L7:
	.loc 1 57 44 discriminator 2
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	.loc 1 57 3 discriminator 2
	ldr	x0, [x0, 8]
	mov	x2, x0
	ldr	w1, [sp, 40]
	adrp	x0, .LC0
	add	x0, x0, :lo12:.LC0
	bl	printf
.LBE2:
	.loc 1 44 23 discriminator 2
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L5:
	.loc 1 44 16 discriminator 1
	ldr	w0, [sp, 40]
	cmp	w0, 9
	ble	.L8
	.loc 1 61 30
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	ldr	x0, [x0, 8]
	.loc 1 61 2
	cmp	x0, 1440
	bne	.L9
	.loc 1 61 51 discriminator 1
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	ldr	w1, [x0]
	.loc 1 61 63 discriminator 1
	adrp	x0, migpoint_zero
	add	x0, x0, :lo12:migpoint_zero
	ldr	w0, [x0]
	add	w1, w1, w0
	.loc 1 61 79 discriminator 1
	adrp	x0, node_changes
	add	x0, x0, :lo12:node_changes
	ldr	w0, [x0]
	.loc 1 61 44 discriminator 1
	cmp	w1, w0
	bne	.L9
	.loc 1 62 12 discriminator 3
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	ldr	w0, [x0]
	.loc 1 61 95 discriminator 3
	cmp	w0, 0
	beq	.L10
	.loc 1 62 36
	adrp	x0, prog
	add	x0, x0, :lo12:prog
	ldr	x0, [x0]
	ldr	w19, [x0, 4]
	.loc 1 62 54
	bl	current_nid
	.loc 1 62 29
	cmp	w19, w0
	bne	.L9
.L10:
	.loc 1 61 2 discriminator 5
	adrp	x0, .LC1
	add	x0, x0, :lo12:.LC1
	b	.L11
.L9:
	.loc 1 61 2 is_stmt 0 discriminator 4
	adrp	x0, .LC2
	add	x0, x0, :lo12:.LC2
.L11:
	.loc 1 61 2 discriminator 7
	mov	x1, x0
	adrp	x0, .LC3
	add	x0, x0, :lo12:.LC3
	bl	printf
	.loc 1 64 9 is_stmt 1 discriminator 7
	mov	w0, 0
	.loc 1 65 1 discriminator 7
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.text
.Letext0:
	.file 2 "/tmp/lp/aarch64-hermit/include/migrate.h"
	.file 3 "/usr/aarch64-linux-gnu/include/stdio.h"
	.file 4 "/usr/aarch64-linux-gnu/include/stdlib.h"
	.file 5 "/tmp/lp/aarch64-hermit/include/hermit/migration.h"
	.file 6 "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include/stddef.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x276
	.2byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.Ldebug_abbrev0
	.uleb128 0xa
	.4byte	.LASF27
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
	.uleb128 0xc
	.byte	0x8
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.uleb128 0xd
	.4byte	0x64
	.uleb128 0xe
	.4byte	.LASF28
	.byte	0x6
	.byte	0xd6
	.byte	0x17
	.4byte	0x3f
	.uleb128 0x5
	.4byte	0x6b
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.4byte	.LASF10
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.4byte	.LASF11
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.4byte	.LASF12
	.uleb128 0xf
	.4byte	.LASF29
	.byte	0x10
	.byte	0x1
	.byte	0xb
	.byte	0x8
	.4byte	0xc7
	.uleb128 0x7
	.4byte	.LASF13
	.byte	0xc
	.4byte	0x54
	.byte	0
	.uleb128 0x7
	.4byte	.LASF14
	.byte	0xd
	.4byte	0x54
	.byte	0x4
	.uleb128 0x10
	.string	"sum"
	.byte	0x1
	.byte	0xe
	.byte	0x7
	.4byte	0x5b
	.byte	0x8
	.byte	0
	.uleb128 0x3
	.4byte	.LASF15
	.byte	0x11
	.byte	0x19
	.4byte	0xdc
	.uleb128 0x9
	.byte	0x3
	.8byte	prog
	.uleb128 0x5
	.4byte	0x96
	.uleb128 0x3
	.4byte	.LASF16
	.byte	0x12
	.byte	0xc
	.4byte	0x54
	.uleb128 0x9
	.byte	0x3
	.8byte	node_changes
	.uleb128 0x3
	.4byte	.LASF17
	.byte	0x13
	.byte	0xc
	.4byte	0x54
	.uleb128 0x9
	.byte	0x3
	.8byte	migpoint_zero
	.uleb128 0x8
	.4byte	.LASF20
	.byte	0x3
	.2byte	0x164
	.byte	0xc
	.4byte	0x54
	.4byte	0x123
	.uleb128 0x2
	.4byte	0x7c
	.uleb128 0x11
	.byte	0
	.uleb128 0x6
	.4byte	.LASF18
	.byte	0x1
	.byte	0x9
	.byte	0xd
	.4byte	0x135
	.uleb128 0x2
	.4byte	0x54
	.byte	0
	.uleb128 0x6
	.4byte	.LASF19
	.byte	0x2
	.byte	0x22
	.byte	0x6
	.4byte	0x14c
	.uleb128 0x2
	.4byte	0x14c
	.uleb128 0x2
	.4byte	0x62
	.byte	0
	.uleb128 0x5
	.4byte	0x151
	.uleb128 0x12
	.4byte	0x15c
	.uleb128 0x2
	.4byte	0x62
	.byte	0
	.uleb128 0x9
	.4byte	.LASF23
	.byte	0x5
	.byte	0x18
	.4byte	0x54
	.uleb128 0x8
	.4byte	.LASF21
	.byte	0x4
	.2byte	0x22c
	.byte	0xe
	.4byte	0x62
	.4byte	0x183
	.uleb128 0x2
	.4byte	0x70
	.uleb128 0x2
	.4byte	0x70
	.byte	0
	.uleb128 0x6
	.4byte	.LASF22
	.byte	0x2
	.byte	0x27
	.byte	0x6
	.4byte	0x19f
	.uleb128 0x2
	.4byte	0x54
	.uleb128 0x2
	.4byte	0x14c
	.uleb128 0x2
	.4byte	0x62
	.byte	0
	.uleb128 0x9
	.4byte	.LASF24
	.byte	0x2
	.byte	0x19
	.4byte	0x54
	.uleb128 0x13
	.4byte	.LASF30
	.byte	0x1
	.byte	0x26
	.byte	0x5
	.4byte	0x54
	.8byte	.LFB8
	.8byte	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x207
	.uleb128 0x4
	.string	"nid"
	.byte	0x28
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -4
	.uleb128 0x4
	.string	"i"
	.byte	0x29
	.byte	0x6
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.uleb128 0x14
	.8byte	.LBB2
	.8byte	.LBE2-.LBB2
	.uleb128 0x3
	.4byte	.LASF25
	.byte	0x2d
	.byte	0x7
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
	.byte	0
	.uleb128 0x15
	.4byte	.LASF31
	.byte	0x1
	.byte	0x1d
	.byte	0xd
	.4byte	0x5b
	.8byte	.LFB7
	.8byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x243
	.uleb128 0x16
	.string	"i"
	.byte	0x1
	.byte	0x1d
	.byte	0x16
	.4byte	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x4
	.string	"v"
	.byte	0x1f
	.byte	0x7
	.4byte	0x5b
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
	.uleb128 0x17
	.4byte	.LASF32
	.byte	0x1
	.byte	0x15
	.byte	0xd
	.8byte	.LFB6
	.8byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x18
	.4byte	.LASF26
	.byte	0x1
	.byte	0x15
	.byte	0x1e
	.4byte	0x62
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x4
	.string	"p"
	.byte	0x17
	.byte	0x13
	.4byte	0xdc
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
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
.LASF21:
	.string	"calloc"
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
.LASF27:
	.string	"GNU C17 12.2.0 -mlittle-endian -mabi=lp64 -g -O0 -fno-common -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables -fstack-reuse=none -fno-omit-frame-pointer"
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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
