/// The median of values sorted ascending (the mean of the middle two for an even count); nil
/// when there are none. One rule for every median the outputs show.
public func median(ofSorted values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
}
