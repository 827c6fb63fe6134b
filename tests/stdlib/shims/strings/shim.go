// Test shim (not shipped): the strings primitives.
package strings

import "unsafe"

func bytesToString(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}
