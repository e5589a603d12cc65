namespace LrNotebooks.Course;

/// <summary>The context of an exercise that needs nothing from the notebook: its answer is computed by the library alone.</summary>
public readonly record struct NoContext;
