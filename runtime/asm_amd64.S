// asm_amd64.S — the runtime's assembly: the trampoline that calls deferred functions,
// and savecontext, which records a goroutine's registers for the collector.
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

	.section	.note.GNU-stack,"",@progbits
