// mcentral.h — mcentral, the shared free lists of one span class (Go's mcentral.go).
//
// mheap_ has one mcentral per spanClass (136: 68 classes × scan/noscan). An mcentral
// hands spans with free objects to mcaches (cacheSpan) and takes them back
// (uncacheSpan). It keeps its spans in four sets:
//   partial[i]  spans with free objects      full[i]  spans with no free object
// and which index is swept depends on the sweep generation: with sg = mheap_.sweepgen,
// partial[sg/2%2] holds swept spans and partial[1-sg/2%2] unswept ones (same for full).
// Adding 2 to sweepgen thus turns every swept set into an unswept set at once.
// Large spans (class 0) live in central[0/1]'s full sets so that the sweeper sees them.
//
// Invariants: a span is in at most one set unless a stale entry remains in an unswept
// set after it was swept by another path (see mspanset.h); spans in swept sets have
// sweepgen == sg; spans in unswept sets sg-2 (or are stale).
#pragma once

#include "mspan.h"
#include "mspanset.h"

#include <cstdint>

namespace runtime {

struct mcentral {
  spanClass spanclass;
  spanSet partial[2];
  spanSet full[2];

  void init(spanClass spc) { spanclass = spc; }

  spanSet* partialUnswept(uint32_t sg) { return &partial[1 - sg / 2 % 2]; }
  spanSet* partialSwept(uint32_t sg) { return &partial[sg / 2 % 2]; }
  spanSet* fullUnswept(uint32_t sg) { return &full[1 - sg / 2 % 2]; }
  spanSet* fullSwept(uint32_t sg) { return &full[sg / 2 % 2]; }

  // cacheSpan returns a swept span with at least one free object, for an mcache; null
  // when the heap is out of memory.
  mspan* cacheSpan();
  // uncacheSpan takes back a span from an mcache (sweeping it if it went stale).
  void uncacheSpan(mspan* s);

 private:
  mspan* grow();
};

}  // namespace runtime
