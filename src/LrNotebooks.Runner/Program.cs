Console.Error.WriteLine("The notebook runner is not built yet.");
return 2;
