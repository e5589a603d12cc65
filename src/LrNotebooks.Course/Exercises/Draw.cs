using System.Globalization;

namespace LrNotebooks.Course;

/// <summary>Random test inputs for the implement-it exercises.</summary>
internal static class Draw
{
    /// <summary>Uniform in [low, high).</summary>
    public static double Uniform(this Random random, double low, double high) => low + (high - low) * random.NextDouble();

    /// <summary>Log-uniform in [low, high), for learning rates spread over decades.</summary>
    public static double LogUniform(this Random random, double low, double high) =>
        Math.Exp(random.Uniform(Math.Log(low), Math.Log(high)));

    /// <summary>Values rounded to 3 significant digits, so the feedback shows the exact inputs.</summary>
    public static double Round3(double value) =>
        double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
