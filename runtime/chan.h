// chan.h — Go's channels (chan.go) and select (select.go): the hchan structure, the
// wait queues of blocked senders and receivers, and the entry points compiled code calls.
//
// Entry points (asm names; compiled code passes elements by address):
//   void* makechan(const chantype* t, int64_t size)          panics "makechan: size out of range"
//   void  chansend1(hchan* c, const void* elem)               blocks; panics on a closed c
//   void  chanrecv1(hchan* c, void* elem)                     elem may be null (value unused)
//   bool  chanrecv2(hchan* c, void* elem)                     false: closed and drained
//   void  closechan(hchan* c)                                 panics on nil or closed c
//   int64 chanlen(hchan* c), chancap(hchan* c)                0 for a nil c
//   bool  selectnbsend(hchan* c, const void* elem)            select { case c <- v: ... default: }
//   bool  selectnbrecv(void* elem, hchan* c, bool* received)  select { case v, ok = <-c: ...
//   default: } SelectResult selectgo(scase* cas0, uint16_t* order0, int64 nsends, int64 nrecvs,
//   bool block)
//         cas0: nsends send cases then nrecvs receive cases; order0: 2*(nsends+nrecvs)
//         scratch; -> {chosen case index, or -1 for default; received a value (not closed)}
//   void  block()                                             select {}: parks forever
//
// Invariants (Go's, under c->lock):
//   - At least one of c->sendq and c->recvq is empty, except for an unbuffered channel
//     with one goroutine blocked on both sides of it through select.
//   - For a buffered channel: qcount > 0 implies recvq is empty; qcount < dataqsiz
//     implies sendq is empty.
//   - buf holds qcount elements from recvx on (circularly); slots outside are zeroed, so
//     that the collector sees no stale pointers.
//   - A sudog of a goroutine in select (isSelect) is taken off a queue only by whoever
//     wins g::selectDone; the others skip it.
// Memory: the hchan is on the GC heap. An element type without pointers puts the buffer
// right after the hchan in one noscan object; otherwise the hchan (whose only pointer
// word for the collector is buf) and a buffer typed as an array of elements are separate
// objects. elemtype and the sudogs are never on the collected heap.
#pragma once

#include "lock.h"
#include "park.h"
#include "type.h"

#include <cstdint>

namespace runtime {

struct waitq {
  sudog* first;
  sudog* last;
};

struct hchan {
  uintptr_t qcount;    // elements in the buffer (len). Must be first.
  uintptr_t dataqsiz;  // buffer size (cap). Must be second.
  void* buf;           // dataqsiz elements
  uint16_t elemsize;
  uint32_t closed;
  const _type* elemtype;
  uintptr_t sendx;  // send index in buf
  uintptr_t recvx;  // receive index in buf
  waitq recvq;      // blocked receivers
  waitq sendq;      // blocked senders
  mutex lock;
};

// Go's scase: a select case's channel and element (value to send, or destination).
struct scase {
  hchan* c;
  void* elem;
};

hchan* makechan(const chantype* t, int64_t size);
// chansend / chanrecv as in Go (block false: the non-blocking forms of select).
bool chansend(hchan* c, const void* ep, bool block);
// Returns {selected, received}.
struct RecvResult {
  bool selected;
  bool received;
};
RecvResult chanrecv(hchan* c, void* ep, bool block);
void closechan(hchan* c);

// Shared by chan.cpp and select.cpp (c locked).
void* chanbuf(hchan* c, uintptr_t i);
void waitqEnqueue(waitq* q, sudog* sgp);
sudog* waitqDequeue(waitq* q);
void waitqDequeueSudoG(waitq* q, sudog* sgp);
// Complete an operation with the blocked peer sg: unlockf(arg) releases the lock(s)
// before sg's goroutine is readied.
void chanSendTo(hchan* c, sudog* sg, const void* ep, void (*unlockf)(void*), void* arg);
void chanRecvFrom(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg);

}  // namespace runtime

// selectgo's result: two words, returned in RAX:RDX (LLVM: {i64, i1}).
struct SelectResult {
  int64_t chosen;
  bool recvOK;
};

extern "C" {
void* rt_makechan(const runtime::chantype* t, int64_t size) __asm__("runtime.makechan");
void rt_chansend1(runtime::hchan* c, const void* elem) __asm__("runtime.chansend1");
void rt_chanrecv1(runtime::hchan* c, void* elem) __asm__("runtime.chanrecv1");
bool rt_chanrecv2(runtime::hchan* c, void* elem) __asm__("runtime.chanrecv2");
void rt_closechan(runtime::hchan* c) __asm__("runtime.closechan");
int64_t rt_chanlen(runtime::hchan* c) __asm__("runtime.chanlen");
int64_t rt_chancap(runtime::hchan* c) __asm__("runtime.chancap");
bool rt_selectnbsend(runtime::hchan* c, const void* elem) __asm__("runtime.selectnbsend");
bool rt_selectnbrecv(void* elem, runtime::hchan* c, bool* received) __asm__("runtime.selectnbrecv");
SelectResult rt_selectgo(runtime::scase* cas0, uint16_t* order0, int64_t nsends, int64_t nrecvs,
                         bool block) __asm__("runtime.selectgo");
void rt_block() __asm__("runtime.block");
}
