namespace LrNotebooks.Course;

/// <summary>What an exercise asks the student to do.</summary>
public enum ExerciseKind
{
    /// <summary>Work out a number from a formula of the notebook.</summary>
    Compute,

    /// <summary>Pick one of the lettered options.</summary>
    Choice,

    /// <summary>Read a value off a chart or table of the notebook; the checker recomputes it from the same run.</summary>
    ReadTheChart,

    /// <summary>Write a step or a schedule as a C# lambda; the checker compares it with the library on seeded random inputs.</summary>
    ImplementIt,

    /// <summary>Record a prediction before a run cell; the checker compares it with what the run did.</summary>
    PredictThenRun,

    /// <summary>Find any answer that makes an experiment succeed (many answers are right).</summary>
    Challenge,
}
