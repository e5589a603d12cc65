namespace LrNotebooks.Site.Tests;

/// <summary>The assertion every keyboard test makes.</summary>
public static class KeyboardAssertions
{
    /// <summary>Every key chose its target, changed the drawing and the description, and kept the focus; every slider moved three times.</summary>
    public static void EveryKeyWorked(IReadOnlyList<KeyboardMove> moves)
    {
        Assert.NotEmpty(moves);
        var failed = moves.Where(m => !m.Worked).ToList();
        Assert.True(failed.Count == 0, "keys that did not work the figure:\n" + string.Join("\n", failed));
        foreach (var slider in moves.Where(m => m.Control.StartsWith("slider", StringComparison.Ordinal)).GroupBy(m => (m.Page, m.Figure, m.Control)))
            Assert.True(slider.Count() >= 3, $"{slider.Key} moved only {slider.Count()} times");
    }
}
