using System.Text.Json.Nodes;
using LrNotebooks.Course.Figures;
using LrNotebooks.Runner.Tests.Support;

namespace LrNotebooks.Runner.Tests;

/// <summary>
/// Every chart output of every executed notebook carries a text alternative generated from its data: the
/// <c>text/plain</c> of the bundle is the figure's description (never empty, never the name of a .NET type), the
/// same text a screen reader hears on the site.
/// </summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
public sealed class ChartDescriptionTests(NotebookRunFixture run)
{
    public static TheoryData<string> Notebooks => RepositoryPaths.CommittedNotebookNames;

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Every_chart_output_has_a_generated_text_description(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var missing = new List<string>();
        var charts = 0;
        foreach (var cell in NotebookReader.Read(run.ExecutedNotebook(name)).CodeCells)
        {
            foreach (var output in cell.Outputs.OfType<RichOutput>().Where(o => Figure.IsFigure(o)))
            {
                charts++;
                var text = output.Data.TryGetValue("text/plain", out var plain) ? plain.Trim() : "";
                var figure = (JsonObject)JsonNode.Parse(Figure.Of(output)!.Json)!;
                if (text.Length == 0 || text.Contains("Plotly.NET", StringComparison.Ordinal) || text.Contains("LrNotebooks.", StringComparison.Ordinal)
                    || text != FigureDescription.Describe(figure))
                    missing.Add($"cell {cell.Number} `{cell.FirstLine}`: text/plain is \"{Shorten(text)}\"");
            }
        }

        Assert.True(missing.Count == 0, $"{name}: {missing.Count} of {charts} charts lack their generated description:\n{string.Join("\n", missing)}");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "...";
}
