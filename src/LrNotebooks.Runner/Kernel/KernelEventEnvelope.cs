using System.Text.Json;

namespace LrNotebooks.Runner.Kernel;

/// <summary>
/// An event written by dotnet-interactive on stdout, one JSON object per line, in the shape of
/// Microsoft.DotNet.Interactive.Connection.KernelEventEnvelope:
/// <c>{"eventType":"…","event":{…},"command":{"token":"…","commandType":"…",…},"routingSlip":[…]}</c>.
/// </summary>
/// <param name="EventType">E.g. <c>ReturnValueProduced</c>; see <see cref="KernelEventTypes"/>.</param>
/// <param name="Event">The event's own properties.</param>
/// <param name="Token">Token of the command that caused it; null for events such as KernelReady.</param>
internal sealed record KernelEventEnvelope(string EventType, JsonElement Event, string? Token)
{
    /// <summary>
    /// Parses one stdout line; false for lines that are not event envelopes (the kernel prints a
    /// plain-text welcome banner before its first event).
    /// </summary>
    public static bool TryParse(string line, out KernelEventEnvelope envelope)
    {
        envelope = null!;
        if (line.Length == 0 || line[0] != '{') return false;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("eventType", out var type) || type.ValueKind != JsonValueKind.String)
                return false;
            var @event = root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.Clone()
                : JsonDocument.Parse("{}").RootElement.Clone();
            string? token = null;
            if (root.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.Object
                && command.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String)
                token = t.GetString();
            envelope = new KernelEventEnvelope(type.GetString()!, @event, token);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True when the event was caused by the command with <paramref name="token"/> or one of its child commands.</summary>
    public bool BelongsTo(string token) =>
        Token is not null && (Token == token || Token.StartsWith(token + ".", StringComparison.Ordinal));

    /// <summary>A string property of the event, or null.</summary>
    public string? GetString(string name) =>
        Event.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
