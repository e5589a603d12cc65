namespace LrNotebooks.Course;

/// <summary>
/// The exercises of the course, one nested class per notebook (one file each): <c>Exercises.TooHigh.E1</c> is
/// exercise E1 of notebook 02. Each is a <see cref="Question{TAnswer, TContext}"/> that keeps its answer, hint and
/// explanation here, so a notebook's check cell is one line: <c>Exercises.TooHigh.E1.Check(answerE1)</c>.
/// </summary>
public static partial class Exercises
{
    /// <summary>Every exercise of the course, by notebook class (<c>TooHigh</c>) and name (<c>E1</c>).</summary>
    public static IReadOnlyList<(string Notebook, string Id, IQuestion Question)> All { get; } =
        typeof(Exercises).GetNestedTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(p => typeof(IQuestion).IsAssignableFrom(p.PropertyType))
                .Select(p => (t.Name, p.Name, (IQuestion)p.GetValue(null)!)))
            .ToArray();
}
