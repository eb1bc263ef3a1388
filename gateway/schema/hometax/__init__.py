"""GraphQL types and operations of Hometax (홈택스) department users for e-tax invoices."""
