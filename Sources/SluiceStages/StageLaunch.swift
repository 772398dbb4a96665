import Foundation
import SluiceModel
import SluiceRuntime
import SluiceStore

/// Start-up helpers the stage executables share.
package enum StageLaunch {
    /// Opens the pipeline's store for writing.
    package static func openStore(_ setup: StageSetup) throws -> Store {
        try Store(path: setup.configuration.storePath)
    }

    package static func limits(_ setup: StageSetup) -> ValidationLimits {
        ValidationLimits(maxTextBytes: setup.configuration.maxTextBytes)
    }
}
