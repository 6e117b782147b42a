"""Demo content written for Kopbal: clubs and competitions are real, the stories invented."""
