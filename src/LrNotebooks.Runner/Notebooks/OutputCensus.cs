using System.Text.Json.Nodes;

namespace LrNotebooks.Runner.Notebooks;

/// <summary>
/// What an executed notebook's outputs contain: how many outputs, how many Plotly charts, which
/// errors, and the text of every output (for <see cref="NotebookExpectations.Contains"/>).
/// </summary>
/// <param name="Outputs">display_data, execute_result and stream outputs.</param>
/// <param name="Charts">display_data and execute_result outputs whose text/html draws a Plotly chart.</param>
/// <param name="Errors">One line per error output: <c>cell N: ename: evalue</c>.</param>
/// <param name="Texts">text/plain, text/html and stream text of every output.</param>
public sealed record OutputCensus(int Outputs, int Charts, IReadOnlyList<string> Errors, IReadOnlyList<string> Texts)
{
    /// <summary>The call every Plotly.NET chart's HTML makes to draw itself.</summary>
    public const string PlotlyChartMarker = "Plotly.newPlot(";

    /// <summary>Counts the outputs of the executed notebook <paramref name="document"/>.</summary>
    public static OutputCensus Of(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int outputs = 0, charts = 0;
        var errors = new List<string>();
        var texts = new List<string>();
        var cells = document["cells"] as JsonArray ?? [];
        for (var i = 0; i < cells.Count; i++)
        {
            foreach (var output in (cells[i]?["outputs"] as JsonArray ?? []).OfType<JsonObject>())
            {
                switch (Text(output["output_type"]))
                {
                    case "error":
                        errors.Add($"cell {i + 1}: {Text(output["ename"])}: {Text(output["evalue"])}");
                        break;
                    case "stream":
                        outputs++;
                        texts.Add(Text(output["text"]));
                        break;
                    case "display_data" or "execute_result":
                        outputs++;
                        var html = Text(output["data"]?["text/html"]);
                        if (html.Contains(PlotlyChartMarker, StringComparison.Ordinal)) charts++;
                        texts.Add(html);
                        texts.Add(Text(output["data"]?["text/plain"]));
                        break;
                }
            }
        }

        return new OutputCensus(outputs, charts, errors, texts);
    }

    /// <summary>Reads the executed notebook at <paramref name="path"/> and counts its outputs.</summary>
    public static OutputCensus Of(string path) => Of(NotebookReader.Read(path).Document);

    /// <summary>An nbformat multiline string (a string or an array of strings) as one string.</summary>
    private static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => string.Concat(a.Select(Text)),
        _ => "",
    };
}
