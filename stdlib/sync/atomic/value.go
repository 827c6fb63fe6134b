package atomic

// A Value provides an atomic load and store of a consistently typed value. The zero
// value returns nil from Load. Once Store has been called, a Value must not be copied.
//
// Its words are an interface's {type, data}: the type is set once, by the first
// store, and never changes; later operations change the data word atomically
// (runtime/atomic_value.cpp, which also applies the write barrier).
type Value struct {
	v any
}

// The word operations (runtime/atomic_value.cpp).
func valueType(v *Value) uintptr // the stored type (0: none), after any first store
func efaceType(x any) uintptr
func valueLoad(v *Value) any
func valueStoreFirst(v *Value, x any) bool // the first store; false if another won
func valueStoreData(v *Value, x any)
func valueSwapData(v *Value, x any) (old any)
func valueCASData(v *Value, old, new any) bool // compares and swaps the data words

// Load returns the value set by the most recent Store. It returns nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return valueLoad(v)
}

// Store sets the value of the Value v to val. All calls to Store for a given Value
// must use values of the same concrete type. Store of an inconsistent type panics, as
// does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		t := valueType(v)
		if t == 0 {
			if valueStoreFirst(v, val) {
				return
			}
			continue
		}
		if t != efaceType(val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		valueStoreData(v, val)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the
// Value is empty. All calls to Swap for a given Value must use values of the same
// concrete type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		t := valueType(v)
		if t == 0 {
			if valueStoreFirst(v, new) {
				return nil
			}
			continue
		}
		if t != efaceType(new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return valueSwapData(v, new)
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value. All calls to
// CompareAndSwap for a given Value must use values of the same concrete type.
// CompareAndSwap of an inconsistent type panics, as does CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && efaceType(old) != efaceType(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		t := valueType(v)
		if t == 0 {
			if old != nil {
				return false
			}
			if valueStoreFirst(v, new) {
				return true
			}
			continue
		}
		if t != efaceType(new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare the current value with old as == does (which panics for
		// incomparable types), then swap only if the data word is still the same.
		cur := valueLoad(v)
		if cur != old {
			return false
		}
		return valueCASData(v, cur, new)
	}
}
