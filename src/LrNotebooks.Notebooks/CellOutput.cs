using System.Text.Json;
using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>One output of a code cell (nbformat output types).</summary>
public abstract record CellOutput
{
    /// <summary>
    /// The outputs of the code cell <paramref name="cell"/> in order; output types this model does not
    /// know, and outputs that are not objects, are skipped.
    /// </summary>
    public static IReadOnlyList<CellOutput> ReadAll(JsonObject cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var outputs = new List<CellOutput>();
        foreach (var output in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
        {
            switch (NotebookText.Of(output["output_type"]))
            {
                case "display_data" or "execute_result" or "update_display_data":
                    var data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (mimeType, value) in output["data"] as JsonObject ?? [])
                    {
                        // JSON bundles (application/json, *+json) are stored as JSON; the model hands them on as JSON text.
                        data[mimeType] = value switch
                        {
                            JsonObject json => json.ToJsonString(),
                            JsonValue text when text.GetValueKind() != JsonValueKind.String => text.ToJsonString(),
                            _ => NotebookText.Of(value),
                        };
                    }

                    outputs.Add(new RichOutput(data));
                    break;
                case "stream":
                    outputs.Add(new StreamOutput(NotebookText.Of(output["name"]) is { Length: > 0 } name ? name : "stdout", NotebookText.Of(output["text"])));
                    break;
                case "error":
                    var traceback = (output["traceback"] as JsonArray ?? []).Select(NotebookText.Of).ToList();
                    outputs.Add(new ErrorOutput(NotebookText.Of(output["ename"]) is { Length: > 0 } ename ? ename : "Error", NotebookText.Of(output["evalue"]), traceback));
                    break;
            }
        }

        return outputs;
    }
}
