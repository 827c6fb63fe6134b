// Checks "imported and not used", also for a renamed import (only fmt is used: it is the one supported package).
package main

import (
	"fmt" // ERROR `imported and not used: "fmt"$`
	f "fmt" // ERROR `imported and not used: "fmt" as f$`
	used "fmt"
)

func main() {
	used.Println("hi")
}
