socketerror-other-peer = Một máy chủ từ xa (không phải Exchange Online) đã ngắt kết nối trong lúc bắt tay TLS (SocketError)
    .cause = Lỗi gần nhất của hàng đợi, hoặc NDR, cho biết chặng kế tiếp đã đóng kết nối với lỗi socket, và máy chủ đó không phải Exchange Online: địa chỉ của nó nằm ngoài các dải địa chỉ Exchange Online mà Microsoft công bố. Hai máy chủ có thể không có phiên bản TLS hoặc bộ mã hóa chung, hoặc một tường lửa hay bộ lọc thư kiểm tra TLS đã cắt kết nối. Chưa có gì chứng minh máy chủ này thiếu TLS 1.2.
    .fix-1 = Trong nhật ký giao thức của Send connector trên máy chủ này, xem các phiên với những máy chủ khác: nếu có phiên đã thỏa thuận TLS 1.2 (SP_PROT_TLS1_2_CLIENT) thì TLS 1.2 hoạt động ở đây, và cần thay đổi ở phía máy chủ từ xa hoặc trên đường truyền tới nó.
    .fix-2 = Nếu không phiên nào của máy chủ này thỏa thuận được TLS 1.2, hãy bật nó như với Exchange Online (các khóa SCHANNEL TLS 1.2 và các giá trị .NET, rồi khởi động lại); tập lệnh chỉ đọc bên dưới liệt kê các giá trị chưa được đặt.
    .fix-3 = Hỏi quản trị viên của máy chủ từ xa xem nó chấp nhận những phiên bản TLS và bộ mã hóa nào, và có thiết bị nào phía trước nó kiểm tra TLS không.
    .fix-4 = Thử bắt tay từ mạng của máy chủ này, ví dụ bằng openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-5 = Sau khi đã thay đổi, thử lại hàng đợi (Retry-Queue) và kiểm tra rằng thư đã rời khỏi hàng đợi.
seed-queue-socketerror = Hàng đợi không thể chuyển thư đến Exchange Online: máy chủ này chưa có TLS 1.2
    .cause = Máy chủ tại chỗ (on-premises) đã cố chuyển thư sang Exchange Online, nhưng Exchange Online ngắt kết nối ngay trong quá trình bắt tay TLS. Exchange Online chỉ chấp nhận TLS 1.2 (TLS 1.0 và 1.1 đã bị ngừng hỗ trợ, xem MC229914), nên máy chủ chỉ hỗ trợ TLS 1.0 hoặc 1.1 sẽ liên tục thất bại và thư nằm chờ trong hàng đợi với LastError này.
    .fix-1 = Trên máy chủ gửi, đặt DisabledByDefault = 0 và Enabled = 1 trong SCHANNEL\Protocols\TLS 1.2\Client và TLS 1.2\Server (tệp .reg bên dưới làm việc này, đồng thời thiết lập cả các khóa .NET).
    .fix-2 = Đặt SystemDefaultTlsVersions = 1 và SchUseStrongCrypto = 1 cho .NET v4.0.30319 và v2.0.50727, bao gồm cả các khóa tương ứng trong Wow6432Node, để mã .NET của Exchange cũng dùng TLS 1.2.
    .fix-3 = Khởi động lại máy chủ: SCHANNEL chỉ đọc các khóa này khi khởi động.
    .fix-4 = Cài đặt các bản cập nhật Windows và Exchange mới nhất (TLS 1.2 yêu cầu tối thiểu Exchange 2013 CU19 hoặc Exchange 2016 CU8).
    .fix-5 = Thử lại hàng đợi (Retry-Queue) và xác nhận rằng nhật ký giao thức của trình kết nối gửi (Send connector) giờ đã ghi nhận SP_PROT_TLS1_2_CLIENT.
seed-ndr-socketerror = Exchange Online đã ngắt kết nối: máy chủ gửi chỉ hỗ trợ TLS 1.0/1.1
    .cause = Kết nối đến Exchange Online bị đóng trong quá trình bắt tay TLS ("SocketError" nghĩa là phía bên kia đã ngắt kết nối). Exchange Online từ chối TLS 1.0 và 1.1 trên các điểm cuối luồng thư, vì vậy bên gửi không có TLS 1.2 sẽ thấy lỗi này trong NDR và trong Queue Viewer.
    .fix-1 = Trên máy chủ gửi thư đến Exchange Online, đặt DisabledByDefault = 0 và Enabled = 1 trong SCHANNEL\Protocols\TLS 1.2\Client và TLS 1.2\Server.
    .fix-2 = Đặt SystemDefaultTlsVersions = 1 và SchUseStrongCrypto = 1 cho .NET v4.0.30319 và v2.0.50727 (kèm các khóa tương ứng trong Wow6432Node).
    .fix-3 = Khởi động lại máy chủ để các thiết lập SCHANNEL mới có hiệu lực.
    .fix-4 = Cài đặt các bản cập nhật Windows và Exchange mới nhất.
    .fix-5 = Gửi lại thư hoặc thử lại hàng đợi, rồi kiểm tra xem thư đã được chuyển phát thành công chưa.
protolog-socketerror-other-peer = Bắt tay TLS với một máy chủ từ xa (không phải Exchange Online) thất bại (SocketError)
    .cause = Nhật ký giao thức của trình kết nối gửi cho thấy máy chủ từ xa đã đóng kết nối trong khi bắt tay TLS. Máy chủ này và máy chủ kia không tìm được phiên bản giao thức hoặc bộ mã hóa chung, hoặc một thiết bị ở giữa (tường lửa hay bộ lọc thư kiểm tra TLS) đã cắt kết nối. Máy chủ từ xa không phải Exchange Online, nên chưa thể khẳng định máy chủ này thiếu TLS 1.2: hãy kiểm tra các phiên khác trước.
    .fix-1 = Xem trong bảng thống kê TLS các phiên mà máy chủ này đã gửi tới những máy chủ khác: nếu có phiên thương lượng được TLS 1.2 (SP_PROT_TLS1_2_CLIENT) thì TLS 1.2 đang hoạt động ở đây và phía từ xa mới là nơi cần thay đổi.
    .fix-2 = Nếu không có phiên nào từ máy chủ này thương lượng được TLS 1.2, hãy bật nó như với Exchange Online: DisabledByDefault = 0 và Enabled = 1 trong SCHANNEL\Protocols\TLS 1.2\Client và TLS 1.2\Server, các giá trị .NET SchUseStrongCrypto và SystemDefaultTlsVersions, rồi khởi động lại (tập lệnh chỉ đọc bên dưới liệt kê các giá trị chưa được đặt).
    .fix-3 = Hỏi quản trị viên của máy chủ từ xa xem máy chủ đó chấp nhận những phiên bản TLS và bộ mã hóa nào, và có tường lửa hay bộ lọc nào phía trước kiểm tra TLS không.
    .fix-4 = Kiểm tra việc bắt tay từ máy chủ này tới máy chủ đó (ví dụ bằng openssl s_client -starttls smtp -connect host:25 -tls1_2 từ một máy trên cùng đường mạng).
seed-protolog-socketerror = Bắt tay TLS với máy chủ từ xa thất bại (SocketError) — thiếu TLS 1.2
    .cause = Nhật ký giao thức của trình kết nối gửi (Send connector) cho thấy phía từ xa đã đóng kết nối giữa chừng khi đang bắt tay TLS. Khi đích đến là Exchange Online, đây là dấu hiệu điển hình của một máy chủ chỉ hỗ trợ TLS 1.0 hoặc 1.1 — những phiên bản mà Exchange Online không còn chấp nhận.
    .fix-1 = Bật TLS 1.2 cho SCHANNEL trên máy chủ này: DisabledByDefault = 0 và Enabled = 1 trong TLS 1.2\Client và TLS 1.2\Server.
    .fix-2 = Đặt các giá trị .NET SystemDefaultTlsVersions = 1 và SchUseStrongCrypto = 1 (v4.0.30319 và v2.0.50727, kèm Wow6432Node).
    .fix-3 = Khởi động lại máy chủ.
    .fix-4 = Cài đặt các bản cập nhật Windows và Exchange mới nhất.
    .fix-5 = Tìm dòng "TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded" trong nhật ký giao thức để xác nhận sự cố đã được khắc phục; bảng thống kê TLS liệt kê mọi máy chủ từ xa vẫn còn dùng TLS 1.0/1.1.
seed-protolog-socketerror-receive = Bắt tay TLS của một máy khách với máy chủ này thất bại (SocketError) — hai bên không có phiên bản TLS chung
    .cause = Nhật ký giao thức của Receive connector cho thấy một máy khách từ xa (một máy chủ thư khác, Exchange Online, một thiết bị hoặc ứng dụng) đã gửi STARTTLS rồi mất kết nối giữa chừng quá trình bắt tay TLS. Thường thì hai bên không có phiên bản TLS nào chung: máy chủ này không cung cấp TLS 1.2 trong khi máy khách bắt buộc phải có (Exchange Online là như vậy), hoặc TLS 1.0 và 1.1 đã bị tắt ở đây mà máy khách không hỗ trợ phiên bản nào mới hơn.
    .fix-1 = Xác định máy khách qua cột remote-endpoint của dòng nhật ký; bảng thống kê TLS liệt kê nó cùng các giao thức đã thương lượng và các lần thất bại.
    .fix-2 = Nếu máy khách là Exchange Online hoặc một máy chủ hiện đại khác, hãy bật TLS 1.2 cho SCHANNEL trên máy chủ này: DisabledByDefault = 0 và Enabled = 1 trong TLS 1.2\Server và TLS 1.2\Client, cùng các giá trị .NET SystemDefaultTlsVersions = 1 và SchUseStrongCrypto = 1.
    .fix-3 = Khởi động lại máy chủ để SCHANNEL đọc cấu hình mới, và cài các bản cập nhật Windows và Exchange mới nhất.
    .fix-4 = Nếu máy khách là thiết bị hoặc ứng dụng cũ chỉ hỗ trợ TLS 1.0 hoặc 1.1, hãy cập nhật hoặc thay thế nó (hoặc thư viện TLS của nó) thay vì bật lại các giao thức cũ trên máy chủ.
    .fix-5 = Cùng thời điểm đó, nhật ký System của máy chủ có thể có sự kiện Schannel 36874 (cho biết phiên bản TLS mà máy khách đề xuất) hoặc 36888 (cảnh báo nghiêm trọng được gửi lại).
seed-starttls-first = Bên nhận yêu cầu TLS nhưng phiên vẫn tiếp tục mà không có TLS
    .cause = Bên nhận yêu cầu STARTTLS trước MAIL FROM, nhưng bên gửi chưa hoàn tất bước này. Lỗi này thường xuất hiện sau một lần bắt tay TLS thất bại: bên gửi thử lại mà không mã hóa và bên nhận (Exchange Online hoặc trình kết nối có RequireTLS) từ chối phiên không mã hóa đó.
    .fix-1 = Bảo đảm TLS thiết lập được: bật TLS 1.2 cho SCHANNEL (DisabledByDefault = 0, Enabled = 1 trong TLS 1.2\Client và TLS 1.2\Server) trên máy chủ gửi hoặc nhận.
    .fix-2 = Đặt các giá trị .NET SystemDefaultTlsVersions = 1 và SchUseStrongCrypto = 1 (v4.0.30319 và v2.0.50727, kèm Wow6432Node).
    .fix-3 = Khởi động lại máy chủ, sau đó cài đặt các bản cập nhật Windows và Exchange mới nhất.
    .fix-4 = Kiểm tra xem chứng chỉ của trình kết nối (TlsCertificateName) có tồn tại và đã được bật cho dịch vụ SMTP hay chưa, để STARTTLS được cung cấp và có thể hoàn tất.
