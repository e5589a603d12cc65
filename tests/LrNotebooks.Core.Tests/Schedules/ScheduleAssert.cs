using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>Assertions shared by the schedule tests.</summary>
public static class ScheduleAssert
{
    /// <summary>The agreement demanded with PyTorch: 1e-12 relative.</summary>
    public const double Relative = 1e-12;

    /// <summary>|actual − expected| &lt;= tolerance · |expected| (so an expected 0 demands exactly 0).</summary>
    public static void Close(double expected, double actual, string context, double tolerance = Relative)
    {
        if (!(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected)))
            Assert.Fail($"{context}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2}, allowed {tolerance:E0}).");
    }

    /// <summary>The schedule reproduces every recorded value.</summary>
    public static void MatchesFixture(Schedule schedule, FixtureCase c)
    {
        Assert.NotEmpty(c.Values);
        for (int t = 0; t < c.Values.Length; t++)
            Close(c.Values[t], schedule.At(t), $"{c.Id} {schedule.Name} at t={t}");
    }

    /// <summary>The schedule built for a fixture case reproduces every recorded PyTorch value.</summary>
    public static void MatchesFixture(string id)
    {
        var c = ScheduleFixtures.Get(id);
        MatchesFixture(ScheduleFixtures.Build(c), c);
    }

    /// <summary>The schedule reproduces the given values from step 0.</summary>
    public static void Values(Schedule schedule, params double[] expected)
    {
        for (int t = 0; t < expected.Length; t++)
            Close(expected[t], schedule.At(t), $"{schedule.Name} at t={t}");
    }

    /// <summary>The action throws exactly <typeparamref name="T"/> naming <paramref name="parameter"/> in ParamName and message, and the message shows <paramref name="range"/>.</summary>
    public static void Rejects<T>(Action action, string parameter, string? range = null) where T : ArgumentException
    {
        var error = Assert.Throws<T>(action);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
        if (range is not null) Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }

    /// <summary>At(step) rejects negative steps like every schedule must.</summary>
    public static void RejectsNegativeStep(Schedule schedule)
    {
        Rejects<ArgumentOutOfRangeException>(() => schedule.At(-1), "step", ">= 0");
        Rejects<ArgumentOutOfRangeException>(() => schedule.At(int.MinValue), "step", ">= 0");
    }

    /// <summary>The value is finite and in [lower, upper] (each side widened by a few ulps of rounding).</summary>
    public static bool Within(double value, double lower, double upper) =>
        double.IsFinite(value) && value >= lower - 1e-15 * Math.Abs(lower) && value <= upper + 1e-15 * Math.Abs(upper);
}
