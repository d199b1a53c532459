# Writes two data sets of the R package modeldata (MIT) as CSV, without loading the package (only its data).
# Usage: Rscript modeldata-export.R <modeldata package directory> <output directory>
args <- commandArgs(trailingOnly = TRUE)
data <- new.env()
lazyLoad(file.path(args[1], "data", "Rdata"), envir = data)

chicago <- as.data.frame(get("Chicago", data))
write.csv(data.frame(date = format(chicago$date, "%Y-%m-%d"), entries = round(chicago$ridership * 1000)),
          file.path(args[2], "chicago-clark-lake.csv"), row.names = FALSE, quote = FALSE)

churn <- as.data.frame(get("wa_churn", data))
churn[] <- lapply(churn, function(column) if (is.factor(column)) as.character(column) else column)
write.csv(churn, file.path(args[2], "wa_churn.csv"), row.names = FALSE, na = "")
