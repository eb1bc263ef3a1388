"""The Hometax (홈택스) department users for e-tax invoices mock."""
