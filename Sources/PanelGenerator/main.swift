import Foundation
import PanelCalibration
import PIIData

// Regenerates the embedded illustrative panel from the committed anchors:
//   swift run -c release pii-panel-generator [output.csv]
// Without an argument it writes Sources/PIIData/Resources/panel.csv. The output depends only
// on the anchors, the embedded framework and provinces, and the seed.
let output = CommandLine.arguments.dropFirst().first ?? "Sources/PIIData/Resources/panel.csv"
do {
    let panel = IllustrativePanel(
        framework: try DataSet.defaultFramework(), provinces: try DataSet.defaultProvinces(),
        anchors: try PanelAnchors.bundled())
    try panel.csv().write(toFile: output, atomically: true, encoding: .utf8)
    print("wrote \(output)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
