namespace LrNotebooks.Site.Tests;

/// <summary>The assertion every control test makes.</summary>
public static class ControlAssertions
{
    /// <summary>Every move selected its target and changed the drawn data; every slider moved at least three times.</summary>
    public static void EveryMoveChangedTheFigure(IReadOnlyList<ControlMove> moves)
    {
        Assert.NotEmpty(moves);
        var unchanged = moves.Where(m => !m.Changed || !m.Selected).ToList();
        Assert.True(unchanged.Count == 0, "controls that did not change the figure:\n" + string.Join("\n", unchanged));
        foreach (var slider in moves.Where(m => m.Control.StartsWith("slider", StringComparison.Ordinal)).GroupBy(m => (m.Page, m.Figure, m.Control)))
            Assert.True(slider.Count() >= 3, $"{slider.Key} moved only {slider.Count()} times");
    }
}
