namespace LrNotebooks.Course;

/// <summary>
/// The solutions run: when the environment variable <c>LRNOTEBOOKS_SOLUTIONS</c> is <c>1</c> (the runner's
/// <c>--solutions</c> option sets it for the kernel), every exercise whose answer is still <c>null</c> is checked
/// with the library's own solution instead, and a check that then fails throws <see cref="ExerciseFailedException"/>,
/// so the notebook run fails. The notebooks keep their <c>null</c> placeholders; students never see the solutions.
/// </summary>
public static class SolutionsMode
{
    /// <summary>The environment variable that switches the solutions run on (value <c>1</c>).</summary>
    public const string Variable = "LRNOTEBOOKS_SOLUTIONS";

    /// <summary>Whether this process runs the notebooks with the solutions filled in.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";
}
