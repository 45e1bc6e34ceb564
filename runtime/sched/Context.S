/* Context.S — switching between the scheduler and processes (x86-64 System V).
 *
 * A running process's frames sit at the top of its scheduler's shared process stack.
 * Suspending pushes the callee-saved registers onto the process stack, stores the stack
 * pointer in the PCB (ProcCtx::sp) and continues on the scheduler's own thread stack,
 * returning from the scheduler's ath_ctx_resume call. The scheduler then copies the frames
 * out (sched/Stack.cpp) and later copies them back, perhaps on another scheduler at
 * another address; resuming pops the callee-saved registers and returns into the process.
 *
 * Only generated code and the stubs in this file may be on a process stack while it is
 * suspended: they keep no stack addresses in their frames, so frames can move.
 *
 * Returns across a switch are indirect jumps (pop the address, jmp to it), not `ret`.
 * The CPU predicts `ret` from its return stack buffer, which follows calls and rets on
 * whatever stack: after a switch its top is the other side's call (the scheduler's call
 * of ath_ctx_resume, or the process's call of ath_suspend), so every `ret` that crosses a
 * switch, and the first `ret` after it, would be mispredicted — about four per message
 * hop. An indirect jump from one site is predicted from where it went before, which is
 * right almost always (a scheduler resumes processes at a few suspension points, and
 * always returns to the same place). For the same reason ath_recv_wait, once resumed,
 * goes back to generated code with a jump. No stub here needs rax across the jumps
 * (r11 is scratch in the System V ABI).
 *
 * Offsets (checked by static_asserts in proc/Process.h and sched/Scheduler.h):
 *   Process:   ctx.sp +56, ctx.sched +64, ctx.op +72, ctx.result +80
 *   Scheduler: sysSp +0
 */

#define PROC_SP 56
#define PROC_SCHED 64
#define PROC_OP 72
#define PROC_RESULT 80
#define SCHED_SYS_SP 0

#define OP_CHECK 1
#define OP_WAIT 2
#define OP_EXIT 3
#define OP_YIELD 4

    .text

/* void ath_ctx_resume(Scheduler *s, uintptr_t sp)
   Called by the scheduler: saves its own context in s->sysSp and resumes the process
   whose saved stack pointer is `sp`. Returns when the process suspends. */
    .globl ath_ctx_resume
    .type ath_ctx_resume, @function
ath_ctx_resume:
    .cfi_startproc
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, SCHED_SYS_SP(%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    popq %r11                    /* "return" into the process: see the note at the top */
    jmp *%r11
    .cfi_endproc
    .size ath_ctx_resume, .-ath_ctx_resume

/* void ath_suspend(ath_proc *p, uint32_t op)
   Called on the process stack: records `op`, saves the process context and returns to
   the scheduler. Returns (to the caller, on the process stack) when resumed. */
    .globl ath_suspend
    .type ath_suspend, @function
ath_suspend:
    .cfi_startproc
    movl %esi, PROC_OP(%rdi)
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, PROC_SP(%rdi)
    movq PROC_SCHED(%rdi), %rax
    movq SCHED_SYS_SP(%rax), %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    popq %r11                    /* "return" into the scheduler: see the note at the top */
    jmp *%r11
    .cfi_endproc
    .size ath_suspend, .-ath_suspend

/* void ath_check_stack(ath_proc *p) — the slow path of every generated prologue. */
    .globl ath_check_stack
    .type ath_check_stack, @function
ath_check_stack:
    movl $OP_CHECK, %esi
    jmp ath_suspend
    .size ath_check_stack, .-ath_check_stack

/* void ath_yield(ath_proc *p) — voluntary yield. */
    .globl ath_yield
    .type ath_yield, @function
ath_yield:
    movl $OP_YIELD, %esi
    jmp ath_suspend
    .size ath_yield, .-ath_yield

/* Entry of a new process. Its initial frame (sched/Stack.cpp) makes ath_ctx_resume
   "return" here with r12 = process, r13 = entry function, r14 = entry argument and a
   16-byte aligned stack. Calls entry(p, arg, []), stores the result and exits. The third
   argument ([] = ATH_NIL) lets spawn/1 use ath_apply_fun(p, fun, []) itself as the entry,
   so no C++ frame sits below the process's own frames. */
    .globl ath_proc_start
    .type ath_proc_start, @function
ath_proc_start:
    movq %r12, %rdi
    movq %r14, %rsi
    movl $6, %edx                /* ATH_NIL */
    call *%r13
    movq %r12, %rdi
    movq %rax, PROC_RESULT(%rdi)
    movl $OP_EXIT, %esi
    call ath_suspend
    ud2
    .size ath_proc_start, .-ath_proc_start

/* ath_term ath_spawn_mfa_start(ath_proc *p, ath_term mfa)
   Entry of a process made by spawn/3: mfa is the tuple {module, function, args}.
   ath_spawn_mfa_resolve (C++, bif/Processes.cpp) looks the function up and returns its
   code (rax) and arity (rdx); this stub then tail-calls
   ath_apply_code(p, code, arity, args), or ath_spawn_mfa_undef(p, mfa) (which raises
   :undef) when there is no such exported function. Tail calls: nothing of this stub stays
   on the process stack, which may be moved while the process is suspended. */
    .globl ath_spawn_mfa_start
    .type ath_spawn_mfa_start, @function
ath_spawn_mfa_start:
    pushq %rbx
    pushq %r12
    subq $8, %rsp
    movq %rdi, %rbx
    movq %rsi, %r12
    call ath_spawn_mfa_resolve
    testq %rax, %rax
    jz 1f
    movq %rbx, %rdi
    movq %rax, %rsi              /* code */
                                 /* rdx: arity */
    movq 24(%r12), %rcx          /* args: element 3 of the tuple (header + 2 words) */
    addq $8, %rsp
    popq %r12
    popq %rbx
    jmp ath_apply_code
1:
    movq %rbx, %rdi
    movq %r12, %rsi
    addq $8, %rsp
    popq %r12
    popq %rbx
    jmp ath_spawn_mfa_undef
    .size ath_spawn_mfa_start, .-ath_spawn_mfa_start

/* int64_t ath_recv_wait(ath_proc *p)
   Called by generated code when a receive found no matching message. Returns 1 if the
   receive timed out, 0 if the scan must go on (new messages may have arrived).
   ath_recv_wait_prepare (C++) decides whether to suspend at all; it runs and returns
   before the switch, so no C++ frame is on the stack while the process is suspended. */
    .globl ath_recv_wait
    .type ath_recv_wait, @function
ath_recv_wait:
    pushq %r12
    movq %rdi, %r12
    call ath_recv_wait_prepare   /* 0 = suspend, 1 = timed out, 2 = rescan */
    cmpl $0, %eax
    jne 1f
    movq %r12, %rdi
    movl $OP_WAIT, %esi
    call ath_suspend
    xorl %eax, %eax              /* woken: rescan (a receive timer stays linked, see
                                    sched/Timer.h) */
    popq %r12
    popq %r11                    /* back to generated code: see the note at the top */
    jmp *%r11
1:
    cmpl $1, %eax
    sete %al
    movzbl %al, %eax
    popq %r12
    ret
    .size ath_recv_wait, .-ath_recv_wait

/* ath_term ath_apply_mfa(ath_proc *p, ath_term module, ath_term name, ath_term args)
   apply/3. ath_apply_mfa_resolve (C++, gen/Functions.cpp) finds the function (rax = code,
   rdx = arity) or raises (rax = 0, rdx = NONVALUE); this stub then tail-calls
   ath_apply_code(p, code, arity, args). A C++ caller would stay on the stack while the
   applied function runs, and it may suspend and resume on another scheduler's stack (the
   C++ frame's saved rbp would then point into the old one). */
    .globl ath_apply_mfa
    .type ath_apply_mfa, @function
ath_apply_mfa:
    pushq %rbx
    pushq %r12
    subq $8, %rsp
    movq %rdi, %rbx
    movq %rcx, %r12
    call ath_apply_mfa_resolve
    testq %rax, %rax
    jz 1f
    movq %rbx, %rdi
    movq %rax, %rsi              /* code */
                                 /* rdx: arity */
    movq %r12, %rcx              /* args */
    addq $8, %rsp
    popq %r12
    popq %rbx
    jmp ath_apply_code
1:
    movq %rdx, %rax              /* NONVALUE: the error is raised */
    addq $8, %rsp
    popq %r12
    popq %rbx
    ret
    .size ath_apply_mfa, .-ath_apply_mfa

    .section .note.GNU-stack,"",@progbits
