"""The organisations of the demo collaboration, named once for every exercise's demo."""

CITY = "City of Riverton"
SHERIFF = "Harlan County Sheriff's Office"
YOUTH = "Riverton Youth Alliance"
BUSINESS = "Downtown Riverton Business Association"
EASTSIDE = "Eastside Neighbours Council"
LAB = "Riverton State University Justice Lab"
