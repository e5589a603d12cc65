namespace LrNotebooks.Course;

/// <summary>
/// Thrown only in the solutions run (<see cref="SolutionsMode"/>), when an exercise rejects the library's own
/// solution: the exercise is not solvable as written, so the notebook run must fail.
/// </summary>
public sealed class ExerciseFailedException(ExerciseResult result)
    : Exception($"The solution of exercise {result.Name} does not pass its own check: {result.Feedback}")
{
    /// <summary>The failed check.</summary>
    public ExerciseResult Result { get; } = result;
}
