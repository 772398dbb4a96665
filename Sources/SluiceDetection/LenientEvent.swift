import Foundation
import SluiceModel

/// Reads a listing event for offline tools: a full event, or a corpus line
/// (`{"id","platform","scene","actor","category","text"}`) with defaults for the rest.
package enum LenientEvent {
    package static func parse(_ bytes: [UInt8]) -> Result<ListingEvent, ValidationError> {
        do throws(ValidationError) {
            return .success(try ListingEvent.validate(bytes))
        } catch let strict {
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
                  object["listing_id"] == nil, let id = object["id"] as? String, object["text"] is String else {
                return .failure(strict)
            }
            var filled = object
            filled["listing_id"] = id
            filled["revision"] = filled["revision"] ?? 1
            filled["merchant_id"] = filled["merchant_id"] ?? "unknown"
            filled["actor"] = filled["actor"] ?? "merchant"
            filled["scene"] = filled["scene"] ?? "detail"
            filled["observed_at"] = filled["observed_at"] ?? Timestamp.format(Date())
            for key in ["id", "label", "signals", "technique", "note"] { filled.removeValue(forKey: key) }
            guard let data = try? JSONSerialization.data(withJSONObject: filled) else { return .failure(strict) }
            do throws(ValidationError) {
                return .success(try ListingEvent.validate(Array(data)))
            } catch {
                return .failure(error)
            }
        }
    }
}
