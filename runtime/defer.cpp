// defer.cpp — deferred calls (Go's deferproc, deferreturn and the defer-running part
// of gopanic).
//
// A function that defers gets a frame token (the address of a stack slot of its own)
// and records each deferred call in a _defer pushed on the goroutine's chain: a
// record in its own frame (deferprocStack) unless the defer statement is in a loop
// (deferproc allocates one). The deferred call itself is a closure without
// parameters or results — the function value itself, or a compiler-made thunk that
// holds the evaluated function and arguments.
//
// Leaving the function normally, deferreturn runs the records of its frame, newest
// first. A panic unwinding through the function enters its landing pad, which calls
// deferpanic: the same, but each call runs through runtime.calldeferred, which tells
// recover where the deferred function's frame is (panic.h). When a deferred call
// recovered, deferpanic ends the panic and returns true, and the landing pad resumes
// the function's normal exit (which runs the remaining deferred calls); otherwise the
// landing pad resumes unwinding. A panic raised by a deferred call unwinds out of
// deferpanic into the same landing pad, which continues with the remaining records
// for the new panic; the interrupted panic is marked aborted (Go's chain semantics).
//
// Invariant: the records of a frame are contiguous at the top of the chain while the
// frame runs (inner frames have removed theirs before returning or unwinding).
#include "panic.h"
#include "runtime2.h"
#include "stack.h"

#include <cxxabi.h>

using runtime::_defer;
using runtime::_panic;

extern "C" {
// asm_amd64.S: calls the closure fn; when argpslot is not null, first stores there
// the callee's entry stack pointer (the address of its return address).
void calldeferred(void* fn, void** argpslot) __asm__("runtime.calldeferred");

void rt_deferprocStack(_defer* d, void* fn, void* frame) __asm__("runtime.deferprocStack");
void rt_deferproc(void* fn, void* frame) __asm__("runtime.deferproc");
void rt_deferreturn(void* frame) __asm__("runtime.deferreturn");
bool rt_deferpanic(void* frame, void* exn) __asm__("runtime.deferpanic");
}

namespace {

void push(_defer* d, void* fn, void* frame, bool heap) {
  runtime::g* gp = runtime::getg();
  d->fn = fn;
  d->frame = frame;
  d->heap = heap;
  d->link = gp->_defer;
  gp->_defer = d;
}

// Pops the newest record if it belongs to frame; returns its closure (null if none).
void* pop(void* frame) {
  runtime::g* gp = runtime::getg();
  _defer* d = gp->_defer;
  if (d == nullptr || d->frame != frame) return nullptr;
  gp->_defer = d->link;
  void* fn = d->fn;
  if (d->heap) delete d;
  return fn;
}

// Ends an exception object that will not be resumed, as a C++ catch clause would.
void destroyException(void* exn) {
  if (exn == nullptr) return;
  __cxxabiv1::__cxa_begin_catch(exn);
  __cxxabiv1::__cxa_end_catch();
}

void dropPanic(_panic* p) {
  destroyException(p->exn);
  __atomic_sub_fetch(&runtime::runtime_panicking, 1, __ATOMIC_RELAXED);
  delete p;
}

}  // namespace

// The record lives in the deferring frame (compiler-reserved, sizeof(_defer) bytes).
void rt_deferprocStack(_defer* d, void* fn, void* frame) {
  push(d, fn, frame, false);
}

void rt_deferproc(void* fn, void* frame) {
  push(new _defer, fn, frame, true);
}

void rt_deferreturn(void* frame) {
  while (void* fn = pop(frame)) calldeferred(fn, nullptr);
}

// Runs frame's deferred calls for the newest panic; true when one of them recovered it.
bool rt_deferpanic(void* frame, void* exn) {
  // The panic may have unwound out of newer stack segments: this frame's is current.
  runtime::stackResync(uintptr_t(__builtin_frame_address(0)));
  runtime::g* gp = runtime::getg();
  _panic* p = gp->_panic;
  p->exn = exn;
  while (void* fn = pop(frame)) {
    p->wrapfp = nullptr;
    try {
      calldeferred(fn, &p->argp);
    } catch (...) {
      // A new panic left the deferred call: this one is aborted (it stays on the
      // chain, printed before the new one, until a recovery discards it).
      p->argp = nullptr;
      p->aborted = true;
      throw;
    }
    p->argp = nullptr;
    if (p->recovered) {
      gp->_panic = p->link;
      dropPanic(p);
      // Panics aborted by the recovered one end with it.
      while (gp->_panic != nullptr && gp->_panic->aborted) {
        _panic* q = gp->_panic;
        gp->_panic = q->link;
        dropPanic(q);
      }
      return true;
    }
  }
  return false;
}
