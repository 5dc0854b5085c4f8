"""The letters of a check or report as a table (Rapporter and the Uåpnet post wizard), and the
event log of one shipment."""
