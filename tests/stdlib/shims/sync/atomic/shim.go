// Test shim (not shipped): sync/atomic's intrinsics (compiler/codegen/atomics.cpp)
// through real Go's sync/atomic, and the word operations of Value
// (runtime/atomic_value.cpp) with unsafe on the interface's {type, data} words.
package atomic

import (
	"runtime"
	ratomic "sync/atomic"
	"unsafe"
)

func SwapInt32(addr *int32, new int32) (old int32)         { return ratomic.SwapInt32(addr, new) }
func SwapInt64(addr *int64, new int64) (old int64)         { return ratomic.SwapInt64(addr, new) }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { return ratomic.SwapUint32(addr, new) }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { return ratomic.SwapUint64(addr, new) }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { return ratomic.SwapUintptr(addr, new) }
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	return ratomic.CompareAndSwapInt32(addr, old, new)
}
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	return ratomic.CompareAndSwapInt64(addr, old, new)
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	return ratomic.CompareAndSwapUint32(addr, old, new)
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	return ratomic.CompareAndSwapUint64(addr, old, new)
}
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	return ratomic.CompareAndSwapUintptr(addr, old, new)
}
func AddInt32(addr *int32, delta int32) (new int32)         { return ratomic.AddInt32(addr, delta) }
func AddUint32(addr *uint32, delta uint32) (new uint32)     { return ratomic.AddUint32(addr, delta) }
func AddInt64(addr *int64, delta int64) (new int64)         { return ratomic.AddInt64(addr, delta) }
func AddUint64(addr *uint64, delta uint64) (new uint64)     { return ratomic.AddUint64(addr, delta) }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { return ratomic.AddUintptr(addr, delta) }
func LoadInt32(addr *int32) (val int32)                     { return ratomic.LoadInt32(addr) }
func LoadInt64(addr *int64) (val int64)                     { return ratomic.LoadInt64(addr) }
func LoadUint32(addr *uint32) (val uint32)                  { return ratomic.LoadUint32(addr) }
func LoadUint64(addr *uint64) (val uint64)                  { return ratomic.LoadUint64(addr) }
func LoadUintptr(addr *uintptr) (val uintptr)               { return ratomic.LoadUintptr(addr) }
func StoreInt32(addr *int32, val int32)                     { ratomic.StoreInt32(addr, val) }
func StoreInt64(addr *int64, val int64)                     { ratomic.StoreInt64(addr, val) }
func StoreUint32(addr *uint32, val uint32)                  { ratomic.StoreUint32(addr, val) }
func StoreUint64(addr *uint64, val uint64)                  { ratomic.StoreUint64(addr, val) }
func StoreUintptr(addr *uintptr, val uintptr)               { ratomic.StoreUintptr(addr, val) }

type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// The marker of a first store in progress.
var firstStoreInProgress byte

func words(v *Value) *efaceWords { return (*efaceWords)(unsafe.Pointer(&v.v)) }
func wordsOf(x *any) *efaceWords { return (*efaceWords)(unsafe.Pointer(x)) }

func valueType(v *Value) uintptr {
	for {
		t := ratomic.LoadPointer(&words(v).typ)
		if t != unsafe.Pointer(&firstStoreInProgress) {
			return uintptr(t)
		}
		runtime.Gosched()
	}
}

func efaceType(x any) uintptr { return uintptr(wordsOf(&x).typ) }

func valueLoad(v *Value) any {
	w := words(v)
	t := ratomic.LoadPointer(&w.typ)
	if t == nil || t == unsafe.Pointer(&firstStoreInProgress) {
		return nil
	}
	var x any
	xw := wordsOf(&x)
	xw.typ = t
	xw.data = ratomic.LoadPointer(&w.data)
	return x
}

func valueStoreFirst(v *Value, x any) bool {
	w := words(v)
	if !ratomic.CompareAndSwapPointer(&w.typ, nil, unsafe.Pointer(&firstStoreInProgress)) {
		return false
	}
	xw := wordsOf(&x)
	ratomic.StorePointer(&w.data, xw.data)
	ratomic.StorePointer(&w.typ, xw.typ)
	return true
}

func valueStoreData(v *Value, x any) {
	ratomic.StorePointer(&words(v).data, wordsOf(&x).data)
}

func valueSwapData(v *Value, x any) (old any) {
	w := words(v)
	ow := wordsOf(&old)
	ow.data = ratomic.SwapPointer(&w.data, wordsOf(&x).data)
	ow.typ = ratomic.LoadPointer(&w.typ)
	return old
}

func valueCASData(v *Value, old, new any) bool {
	return ratomic.CompareAndSwapPointer(&words(v).data, wordsOf(&old).data, wordsOf(&new).data)
}
