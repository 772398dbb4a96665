import SluiceModel

/// Reads a listing event for offline tools: a full event, or a corpus line
/// (`{"id","platform","scene","actor","category","text"}`) with defaults for the rest.
package enum LenientEvent {
    package static func parse(_ bytes: [UInt8]) -> Result<ListingEvent, ValidationError> {
        do throws(ValidationError) {
            return .success(try ListingEvent.validate(bytes).event)
        } catch let strict {
            guard case .object(var members)? = try? JSONValue.parse(bytes), !members.contains(where: { $0.0 == "listing_id" }),
                  let id = members.first(where: { $0.0 == "id" })?.1.stringValue,
                  members.contains(where: { $0.0 == "text" }) else {
                return .failure(strict)
            }
            func fill(_ key: String, _ value: JSONValue) {
                if !members.contains(where: { $0.0 == key }) { members.append((key, value)) }
            }
            members.removeAll { ["id", "label", "signals", "technique", "note"].contains($0.0) }
            members.append(("listing_id", .string(id)))
            fill("revision", .int(1))
            fill("merchant_id", .string("unknown"))
            fill("actor", .string("merchant"))
            fill("scene", .string("detail"))
            fill("observed_at", .string(Timestamp.format(epoch: Timestamp.now)))
            do throws(ValidationError) {
                return .success(try ListingEvent.validate(JSONValue.object(members).jsonBytes).event)
            } catch {
                return .failure(error)
            }
        }
    }
}
