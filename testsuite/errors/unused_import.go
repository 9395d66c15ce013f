// errorcheck

// Imported packages that are never used are errors.
package main

import (
	"fmt"
	"os" // ERROR ".os. imported and not used"
)

func main() {
	fmt.Println("only fmt is used")
}
