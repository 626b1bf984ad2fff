/// The national average (methodology §2.6): the unweighted mean over the provinces that have
/// a value, `nil` when none has. The one definition behind the profile's and the gap's raw
/// averages, the simulator's "reach the national average" measures and the report's average
/// scores; summed in province order, so that all of them agree to the last bit.
@inlinable
public func nationalAverage(provinceCount: Int, _ value: (Int) -> Double) -> Double? {
    var sum = 0.0
    var count = 0
    for province in 0..<provinceCount {
        let x = value(province)
        if !x.isNaN {
            sum += x
            count += 1
        }
    }
    return count == 0 ? nil : sum / Double(count)
}
