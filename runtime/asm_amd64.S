// asm_amd64.S — the runtime's assembly: the trampoline that calls deferred functions,
// savecontext, which records a goroutine's registers for the collector, and
// __morestack, which moves a function to a new stack segment.
//
// runtime.calldeferred(fn, argpslot): calls the Go closure fn (a pointer to its
// {code, captures...} block, passed in R10 as every Go function expects its closure)
// with no arguments. When argpslot is not null it first stores there the stack
// address where the call will push its return address: the callee's "argp", which
// recover compares with its own (llvm.addressofreturnaddress) to know that it is the
// deferred function a panic is running. Frame pointer and CFI, so that a panic raised
// by the deferred function unwinds through here.

	.text
	.globl	runtime.calldeferred
	.type	runtime.calldeferred, @function
	.p2align	4
runtime.calldeferred:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testq	%rsi, %rsi
	je	1f
	leaq	-8(%rsp), %rax
	movq	%rax, (%rsi)
1:
	movq	%rdi, %r10
	callq	*(%rdi)
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
	.cfi_endproc
	.size	runtime.calldeferred, .-runtime.calldeferred

// runtime.savecontext(regs): stores the callee-saved registers (rbx, rbp, r12-r15)
// in regs[0..5] and the caller's stack pointer (its value after this call returns) in
// regs[6]. The caller's other registers are dead across the call (the C ABI), so a
// conservative scan of regs and of the stack from regs[6] up sees every pointer the
// goroutine holds.
	.globl	runtime.savecontext
	.type	runtime.savecontext, @function
	.p2align	4
runtime.savecontext:
	.cfi_startproc
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, 48(%rdi)
	retq
	.cfi_endproc
	.size	runtime.savecontext, .-runtime.savecontext

// runtime.gcWriteBarrier(slot rdi, ptr rsi): *slot = ptr with the barrier (called only
// while runtime.writeBarrier.enabled). Compiled code calls it with LLVM's
// preserve_mostcc (as Go's gcWriteBarrier preserves the registers): it keeps every
// general register but r11, so the caller needs neither spills nor reloads around the
// store and no value it holds lingers in a frame slot where the conservative stack
// scan would find it later. The work is runtime.gcWriteBarrierSlow (C++, SysV), whose
// caller-saved general registers are saved here; the vector registers are the caller's
// to save under preserve_mostcc.
	.globl	runtime.gcWriteBarrier
	.type	runtime.gcWriteBarrier, @function
	.p2align	4
runtime.gcWriteBarrier:
	.cfi_startproc
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	pushq	%rcx
	.cfi_adjust_cfa_offset 8
	pushq	%rdx
	.cfi_adjust_cfa_offset 8
	pushq	%rsi
	.cfi_adjust_cfa_offset 8
	pushq	%rdi
	.cfi_adjust_cfa_offset 8
	pushq	%r8
	.cfi_adjust_cfa_offset 8
	pushq	%r9
	.cfi_adjust_cfa_offset 8
	pushq	%r10
	.cfi_adjust_cfa_offset 8
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	callq	runtime.gcWriteBarrierSlow
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	popq	%r10
	.cfi_adjust_cfa_offset -8
	popq	%r9
	.cfi_adjust_cfa_offset -8
	popq	%r8
	.cfi_adjust_cfa_offset -8
	popq	%rdi
	.cfi_adjust_cfa_offset -8
	popq	%rsi
	.cfi_adjust_cfa_offset -8
	popq	%rdx
	.cfi_adjust_cfa_offset -8
	popq	%rcx
	.cfi_adjust_cfa_offset -8
	popq	%rax
	.cfi_adjust_cfa_offset -8
	retq
	.cfi_endproc
	.size	runtime.gcWriteBarrier, .-runtime.gcWriteBarrier

// __morestack: called by the split-stack prologue of a Go function F whose frame does
// not fit above the stack guard (stack.h), with r10 = F's frame size, r11 = the size
// of its stack arguments, rax = its closure (when F has one; the code after the call
// moves it back to r10) and F's arguments in their registers.
//   entry: [rsp] = RA0 (in F's prologue: a `ret`, then the rest of F),
//          [rsp+8] = F's return address, [rsp+16...] = F's stack arguments.
// It saves the argument registers on the old segment, gets a new segment from
// runtime.morestack_new, copies the stack arguments there, and calls RA0+1 (the rest
// of F) on it. When F returns, runtime.morestack_done goes back to the old segment and
// __morestack returns to RA0, whose `ret` returns to F's caller. rbp is left alone, so
// F's frame chain (recover's frameaddress(1)) is its caller's. The CFI describes the
// frame through rbx (the old stack), so a panic unwinds from F through here to F's
// caller; the landing pad that catches it resynchronises the segment (stackResync).
// Frame below rbx (216 bytes, runtime.morestack_new's savedsp): rdi, rsi, rdx, rcx, r8,
// r9, rax, the argument size, padding, xmm0-7.
	.globl	__morestack
	.type	__morestack, @function
	.p2align	4
__morestack:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	movq	%rsp, %rbx
	.cfi_def_cfa_register %rbx
	subq	$216, %rsp
	movq	%rdi, 0(%rsp)
	movq	%rsi, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rcx, 24(%rsp)
	movq	%r8, 32(%rsp)
	movq	%r9, 40(%rsp)
	movq	%rax, 48(%rsp)
	movq	%r11, 56(%rsp)
	movdqu	%xmm0, 80(%rsp)
	movdqu	%xmm1, 96(%rsp)
	movdqu	%xmm2, 112(%rsp)
	movdqu	%xmm3, 128(%rsp)
	movdqu	%xmm4, 144(%rsp)
	movdqu	%xmm5, 160(%rsp)
	movdqu	%xmm6, 176(%rsp)
	movdqu	%xmm7, 192(%rsp)
	movq	%r10, %rdi
	movq	%r11, %rsi
	movq	%rbx, %rdx
	call	runtime.morestack_new
	// The stack arguments, to the new segment.
	movq	56(%rsp), %rcx
	leaq	24(%rbx), %rsi
	movq	%rax, %rdi
	rep movsb
	movq	%rax, %r11
	movq	0(%rsp), %rdi
	movq	8(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	24(%rsp), %rcx
	movq	32(%rsp), %r8
	movq	40(%rsp), %r9
	movdqu	80(%rsp), %xmm0
	movdqu	96(%rsp), %xmm1
	movdqu	112(%rsp), %xmm2
	movdqu	128(%rsp), %xmm3
	movdqu	144(%rsp), %xmm4
	movdqu	160(%rsp), %xmm5
	movdqu	176(%rsp), %xmm6
	movdqu	192(%rsp), %xmm7
	movq	48(%rsp), %rax
	movq	8(%rbx), %r10
	addq	$1, %r10
	movq	%r11, %rsp
	call	*%r10
	// F returned (results in rax, rdx, rcx, r8, xmm0-3): back to the old segment.
	leaq	-216(%rbx), %rsp
	movq	%rax, 0(%rsp)
	movq	%rdx, 8(%rsp)
	movq	%rcx, 16(%rsp)
	movq	%r8, 24(%rsp)
	movdqu	%xmm0, 32(%rsp)
	movdqu	%xmm1, 48(%rsp)
	movdqu	%xmm2, 64(%rsp)
	movdqu	%xmm3, 80(%rsp)
	call	runtime.morestack_done
	movq	0(%rsp), %rax
	movq	8(%rsp), %rdx
	movq	16(%rsp), %rcx
	movq	24(%rsp), %r8
	movdqu	32(%rsp), %xmm0
	movdqu	48(%rsp), %xmm1
	movdqu	64(%rsp), %xmm2
	movdqu	80(%rsp), %xmm3
	movq	%rbx, %rsp
	popq	%rbx
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	retq
	.cfi_endproc
	.size	__morestack, .-__morestack

	.section	.note.GNU-stack,"",@progbits
