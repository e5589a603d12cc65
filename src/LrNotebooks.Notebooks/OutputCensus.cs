namespace LrNotebooks.Notebooks;

/// <summary>
/// What an executed notebook's outputs contain: how many outputs, how many Plotly charts, which
/// errors, and the text of every output (for <see cref="NotebookExpectations.Contains"/>).
/// </summary>
/// <param name="Outputs">display_data, execute_result and stream outputs.</param>
/// <param name="Charts">display_data and execute_result outputs that are figures (<see cref="Figure"/>).</param>
/// <param name="Errors">One line per error output: <c>cell N: ename: evalue</c>.</param>
/// <param name="Texts">text/plain, text/html and stream text of every output.</param>
public sealed record OutputCensus(int Outputs, int Charts, IReadOnlyList<string> Errors, IReadOnlyList<string> Texts)
{
    /// <summary>Counts the outputs of the executed notebook <paramref name="notebook"/>.</summary>
    public static OutputCensus Of(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        int outputs = 0, charts = 0;
        var errors = new List<string>();
        var texts = new List<string>();
        foreach (var cell in notebook.Cells)
        {
            foreach (var output in cell.Outputs)
            {
                switch (output)
                {
                    case ErrorOutput error:
                        errors.Add($"cell {cell.Number}: {error.Name}: {error.Value}");
                        break;
                    case StreamOutput stream:
                        outputs++;
                        texts.Add(stream.Text);
                        break;
                    case RichOutput rich:
                        outputs++;
                        if (Figure.IsFigure(rich)) charts++;
                        texts.Add(rich.Data.GetValueOrDefault("text/html", ""));
                        texts.Add(rich.Data.GetValueOrDefault("text/plain", ""));
                        break;
                }
            }
        }

        return new OutputCensus(outputs, charts, errors, texts);
    }

    /// <summary>Reads the executed notebook at <paramref name="path"/> and counts its outputs.</summary>
    public static OutputCensus Of(string path) => Of(NotebookReader.Read(path));
}
