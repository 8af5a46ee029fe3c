print("shapes.solids runs")
