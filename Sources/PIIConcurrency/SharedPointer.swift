/// A pointer handed to parallel workers that each read shared data or write their own
/// disjoint part of it. The type only tells the compiler so; keeping the parts disjoint is
/// the caller's contract.
package struct SharedPointer<Pointee>: @unchecked Sendable {
    package let base: UnsafeMutablePointer<Pointee>

    package init(_ base: UnsafeMutablePointer<Pointee>) {
        self.base = base
    }
}
