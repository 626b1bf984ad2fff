import Foundation
import PIIData
import PIIForecast
import PIIIndex
import Testing
@testable import PIISimulation

/// The rank the horizon year asks for has one home (issue 14, case 17): the engine counts the
/// rivals in the way from it and the report names it.
@Suite struct HorizonTargetTests {
    @Test func theLastRankAtMostOfTheHorizonYearIsTheTarget() throws {
        var scenario = SimulationTests.ninhBinh(16)
        scenario.milestones = [
            Milestone(year: 2030, condition: .rankAtMost(8)),
            Milestone(year: 2030, condition: .betterThanPreviousYear(1)),
        ]
        #expect(try SimulationTests.plan(scenario).horizonTarget == 8)
        scenario.milestones = [Milestone(year: 2029, condition: .rankAtMost(5))]
        #expect(try SimulationTests.plan(scenario).horizonTarget == 10)
    }
}
