/// A read-only copy of an array at a fixed address, for kernels that keep raw pointers into
/// it while other threads read it too. Swift arrays give only scoped pointers.
///
/// It is `Sendable` when its elements are: the pointer is written once, in `init`, and only
/// read afterwards.
package final class PinnedArray<Element> {
    package let pointer: UnsafeMutablePointer<Element>
    package let count: Int

    package init(_ elements: [Element]) {
        count = elements.count
        pointer = .allocate(capacity: max(count, 1))
        elements.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    package subscript(index: Int) -> Element { pointer[index] }
}

extension PinnedArray: @unchecked Sendable where Element: Sendable {}
