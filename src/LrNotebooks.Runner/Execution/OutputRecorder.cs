using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LrNotebooks.Notebooks;
using LrNotebooks.Runner.Kernel;

namespace LrNotebooks.Runner.Execution;

/// <summary>
/// Turns kernel events into nbformat outputs of the cell being run, the way the VS Code Polyglot
/// extension shows them: display_data, execute_result, stdout/stderr streams, errors; a display
/// updated later (same <c>valueId</c>, even from an earlier cell) is updated in place.
/// </summary>
internal sealed class OutputRecorder
{
    private readonly Dictionary<string, JsonObject> _displays = [];
    private JsonArray _outputs = [];
    private int _executionCount;
    private readonly HashSet<string> _errorMessages = [];
    private long _streamBytes;
    private long _droppedBytes;
    private JsonObject? _truncationMarker;

    /// <summary>Outputs of the cell being run.</summary>
    public JsonArray Outputs => _outputs;

    /// <summary>Error outputs recorded for the cell being run.</summary>
    public IReadOnlyCollection<string> ErrorMessages => _errorMessages;

    /// <summary>Starts collecting outputs for the next cell.</summary>
    public void BeginCell(int executionCount)
    {
        _outputs = [];
        _executionCount = executionCount;
        _errorMessages.Clear();
        _streamBytes = 0;
        _droppedBytes = 0;
        _truncationMarker = null;
    }

    /// <summary>
    /// Records <paramref name="e"/>. Events of <paramref name="token"/> (and its child commands) go to
    /// the current cell; other commands' events only update earlier displays.
    /// </summary>
    public void Record(KernelEventEnvelope e, string? token)
    {
        var own = token is not null && e.BelongsTo(token);
        switch (e.EventType)
        {
            case KernelEventTypes.DisplayedValueUpdated:
                Update(e);
                break;
            case KernelEventTypes.DisplayedValueProduced when own:
                AddDisplay(e, "display_data");
                break;
            case KernelEventTypes.ReturnValueProduced when own:
                AddDisplay(e, "execute_result");
                break;
            case KernelEventTypes.StandardOutputValueProduced when own:
                AddStream("stdout", e);
                break;
            case KernelEventTypes.StandardErrorValueProduced when own:
                AddStream("stderr", e);
                break;
            case KernelEventTypes.ErrorProduced when own:
                AddError(CellError.FromKernelMessage(e.GetString("message") ?? "error"));
                break;
        }
    }

    /// <summary>Adds an error output unless the same message is already shown for this cell.</summary>
    public void AddError(CellError error)
    {
        if (_errorMessages.Add(string.Join("\n", error.Traceback)))
            _outputs.Add(error.ToOutput());
    }

    private void AddDisplay(KernelEventEnvelope e, string outputType)
    {
        var data = Data(e);
        if (data.Count == 0) return;
        var output = new JsonObject { ["output_type"] = outputType };
        if (outputType == "execute_result") output["execution_count"] = _executionCount;
        output["data"] = data;
        output["metadata"] = new JsonObject();
        _outputs.Add(output);
        if (e.GetString("valueId") is { } id) _displays[id] = output;
    }

    private void Update(KernelEventEnvelope e)
    {
        if (e.GetString("valueId") is { } id && _displays.TryGetValue(id, out var output))
        {
            var data = Data(e);
            if (data.Count > 0) output["data"] = data;
        }
        else
        {
            AddDisplay(e, "display_data");
        }
    }

    private void AddStream(string name, KernelEventEnvelope e)
    {
        var text = string.Concat(FormattedValue.ReadAll(e.Event).Where(v => v.MimeType == "text/plain").Select(v => v.Value));
        // At most StreamOutputLimit.MaxBytesPerCell of stream text per cell; the rest is counted, not kept.
        var (kept, dropped) = StreamOutputLimit.Cut(text, StreamOutputLimit.MaxBytesPerCell - _streamBytes);
        _streamBytes += Encoding.UTF8.GetByteCount(kept);
        Append(name, kept);
        if (dropped > 0) Truncated(name, dropped);
    }

    private void Append(string name, string text)
    {
        if (text.Length == 0) return;
        // Consecutive writes to one stream form one output, as in Jupyter.
        if (_outputs.Count > 0 && _outputs[^1] is JsonObject last
            && (string?)last["output_type"] == "stream" && (string?)last["name"] == name)
        {
            last["text"] = (string?)last["text"] + text;
            return;
        }

        _outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = text });
    }

    // One visible marker per cell, after the text kept, updated as more text is dropped.
    private void Truncated(string name, long dropped)
    {
        _droppedBytes += dropped;
        if (_truncationMarker is null)
        {
            _truncationMarker = new JsonObject { ["output_type"] = "stream", ["name"] = name };
            _outputs.Add(_truncationMarker);
        }

        _truncationMarker["text"] = StreamOutputLimit.Marker(_droppedBytes);
    }

    private static JsonObject Data(KernelEventEnvelope e)
    {
        var data = new JsonObject();
        foreach (var value in FormattedValue.ReadAll(e.Event))
        {
            if (value.SuppressDisplay || data.ContainsKey(value.MimeType)) continue;
            data[value.MimeType] = IsJson(value.MimeType) ? ParseOrText(value.Value) : value.Value;
        }

        return data;
    }

    private static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    // nbformat stores JSON mime bundles as JSON, not as a string.
    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
